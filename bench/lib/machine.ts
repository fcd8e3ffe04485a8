/** The machine and software a benchmark ran on, and its load: the machine is shared. */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, hostname, totalmem } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './workspace.ts';

export type MachineInfo = ReturnType<typeof machine>;

export function machine() {
	const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
	const version = (name: string) => {
		try {
			return (
				JSON.parse(
					readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8'),
				) as { version: string }
			).version;
		} catch {
			return '?';
		}
	};
	return {
		date: new Date().toISOString(),
		host: hostname(),
		nproc: availableParallelism(),
		memoryGiB: totalmem() / 1024 ** 3,
		cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
		node: process.version,
		astro: version('astro'),
		pagefind: version('pagefind'),
		loadBefore: readLoad(),
		routeFiles: [] as string[],
		loadAfter: '',
	};
}

export function readLoad(): string {
	try {
		return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
	} catch {
		return '?';
	}
}
