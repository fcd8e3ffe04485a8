/**
 * A user error (unreadable file, not a job description …) whose message is Estonian text for the
 * user.
 */
export class ImportFailure extends Error {
	override name = 'ImportFailure';
}
