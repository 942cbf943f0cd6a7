// Exit codes scripts can trust, and the one kind of error the command prints as it is.

export const EXIT = {
  /** Everything asked for was done. */
  done: 0,
  /** Some rows or orders were refused; the rest were done. */
  refused: 1,
  /** Bad usage, a file that cannot be read, no connection or no permission: nothing was done. */
  failed: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure explained in one line that says what to do; printed without a stack. */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.failed,
  ) {
    super(message);
  }
}
