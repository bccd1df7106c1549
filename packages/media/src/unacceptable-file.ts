// The one error this package throws: a file that must not be stored, with a reason written for
// the person who uploaded it (never parser internals), so callers can show it as a field error.

/** A file refused before it is stored; `message` is safe to show to the uploader. */
export class UnacceptableFile extends Error {
  override readonly name = 'UnacceptableFile';
}

/** Throws an {@link UnacceptableFile} with the given reason. */
export const refuse = (reason: string): never => {
  throw new UnacceptableFile(reason);
};
