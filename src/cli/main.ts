#!/usr/bin/env node
import { CliIO, EXIT, InputError, processIO } from "./io";
import { runClean } from "./commands/clean";
import { ANONYMISE_SUMMARY, runAnonymise } from "./commands/anonymise";
import { CHECK_SUMMARY, runCheck } from "./commands/check";
import { CHRONOLOGY_SUMMARY, runChronology } from "./commands/chronology";
import { QA_SUMMARY, runQa } from "./commands/qa";
import { runTemplate } from "./commands/template";

type Command = (args: string[], io: CliIO) => Promise<number>;

/** Each command lives in ./commands/<name>.ts; add it here. */
const COMMANDS: Record<string, { run: Command; summary: string }> = {
  template: {
    run: runTemplate,
    summary:
      "template <dhr|cspr|sar|pack.json> -o <file.docx|file.dotx> [--config organisation.json] [--force]",
  },
  clean: { run: runClean, summary: "clean <in.docx> -o <out.docx> [--report] [--force]" },
  check: { run: runCheck, summary: CHECK_SUMMARY },
  chronology: { run: runChronology, summary: CHRONOLOGY_SUMMARY },
  anonymise: { run: runAnonymise, summary: ANONYMISE_SUMMARY },
  qa: { run: runQa, summary: QA_SUMMARY },
};

/** For bin/imr.js, which runs the built bundle. */
export { processIO };

export const USAGE = [
  "Usage: imr <command> [options]",
  "",
  "Commands:",
  ...Object.values(COMMANDS).map((c) => `  imr ${c.summary}`),
  "",
  "Exit codes: 0 done (no errors found), 1 errors found, 2 bad input.",
].join("\n");

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(USAGE);
    return name ? EXIT.ok : EXIT.badInput;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`imr: unknown command "${name}". Run "imr --help" for the list.`);
    return EXIT.badInput;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`imr ${name}: ${e.message}`);
      return EXIT.badInput;
    }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), processIO).then(
    (code) => process.exit(code),
    (e: unknown) => {
      processIO.err(`imr: unexpected failure: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(3);
    },
  );
}
