/**
 * Gets the text out of an input file: .txt as it is (text already extracted from the signed PDF),
 * .docx through mammoth's raw-text extraction, .pdf through unpdf's text layer. No format is parsed
 * by hand; everything after this goes through the same text importer. Problems become ImportFailure
 * with an Estonian message, never a stack trace.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ImportFailure } from './failure.ts';
import { importMessages } from './messages.ts';
import type { ReportItem } from './types.ts';

export const SUPPORTED_EXTENSIONS = ['.txt', '.docx', '.pdf'] as const;
/** A job description is a few hundred KiB at most, even as a PDF with a logo. */
const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface Extracted {
	text: string;
	report: ReportItem[];
}

export async function extractFile(path: string): Promise<Extracted> {
	const extension = extname(path).toLowerCase();
	let bytes: Buffer;
	try {
		const info = await stat(path);
		if (info.isDirectory()) throw new ImportFailure(importMessages.isDirectory());
		if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension))
			throw new ImportFailure(importMessages.unsupportedExtension(extension));
		if (info.size > MAX_INPUT_BYTES)
			throw new ImportFailure(
				importMessages.fileTooLarge(Math.round(info.size / 1024 / 1024)),
			);
		bytes = await readFile(path);
	} catch (error) {
		if (error instanceof ImportFailure) throw error;
		const code = (error as NodeJS.ErrnoException).code ?? 'tundmatu viga';
		throw new ImportFailure(
			code === 'ENOENT'
				? importMessages.fileNotFound()
				: code === 'EISDIR'
					? importMessages.isDirectory()
					: importMessages.fileUnreadable(code),
		);
	}
	return extractBytes(bytes, extension);
}

export async function extractBytes(bytes: Uint8Array, extension: string): Promise<Extracted> {
	const result =
		extension === '.docx'
			? await docxText(bytes)
			: extension === '.pdf'
				? await pdfText(bytes)
				: decodeText(bytes);
	// Text copied out of a PDF or written on macOS may be decomposed (NFD); the content is NFC.
	result.text = result.text.normalize('NFC');
	if (result.text.trim() === '')
		throw new ImportFailure(
			extension === '.pdf' ? importMessages.pdfNoText() : importMessages.emptyText(),
		);
	return result;
}

/**
 * UTF-8, or Windows-1257 (Baltic) for older Estonian text files, with a note to check the letters.
 */
function decodeText(bytes: Uint8Array): Extracted {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), report: [] };
	} catch {
		return {
			text: new TextDecoder('windows-1257').decode(bytes),
			report: [{ severity: 'attention', field: '', message: importMessages.notUtf8() }],
		};
	}
}

async function docxText(bytes: Uint8Array): Promise<Extracted> {
	const { default: mammoth } = await import('mammoth');
	try {
		const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
		return { text: result.value, report: [] };
	} catch {
		throw new ImportFailure(importMessages.docxInvalid());
	}
}

async function pdfText(bytes: Uint8Array): Promise<Extracted> {
	const { extractText, getDocumentProxy } = await import('unpdf');
	try {
		// verbosity 0: pdf.js would otherwise print its own warnings ("Indexing all PDF objects")
		// to the terminal.
		const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
		const { text } = await extractText(document, { mergePages: false });
		// A form feed between pages: the line clean-up treats it as a page break.
		return { text: text.join('\n\f\n'), report: [] };
	} catch (error) {
		const name = (error as Error | undefined)?.name;
		if (name === 'PasswordException') throw new ImportFailure(importMessages.pdfEncrypted());
		throw new ImportFailure(importMessages.pdfInvalid());
	}
}
