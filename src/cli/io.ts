/** What a command may do to the outside world: injected so tests run commands in-process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** Exit codes every command uses. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

/** A problem with the input that the user can fix: printed as one line, exit 2. */
export class InputError extends Error {}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  cwd: process.cwd(),
};
