import { parseArgs } from "node:util";
import * as path from "node:path";
import { withMarking } from "../../core/config";
import { guidanceTexts, templateLayout } from "../../core/template/layout";
import { writeTemplateDocx } from "../../docx/write/template";
import { resolveFrom, writeOutput } from "../files";
import { loadPack, readOrganisation } from "../packs";
import { describeArgError } from "../args";
import { EXIT, InputError, type CliIO } from "../io";

const USAGE =
  "usage: imr template <dhr|cspr|sar|pack.json> -o <file.docx|file.dotx> [--config organisation.json] [--force]";

function parse(args: string[]): {
  pack: string;
  output: string;
  force: boolean;
  config?: string;
} {
  let values: { output?: string; force?: boolean; config?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        force: { type: "boolean", short: "f" },
        config: { type: "string", short: "c" },
      },
    }));
  } catch (e) {
    throw new InputError(`${describeArgError(e)}; ${USAGE}`);
  }
  if (positionals.length !== 1)
    throw new InputError(
      positionals.length === 0 ? `say which pack to use; ${USAGE}` : `give one pack only; ${USAGE}`,
    );
  if (!values.output) throw new InputError(`say where to write the template with -o; ${USAGE}`);
  return {
    pack: positionals[0],
    output: values.output,
    force: values.force ?? false,
    config: values.config,
  };
}

/** `imr template <pack> -o <file>`: write the pack's template as .docx or .dotx. */
export async function runTemplate(args: string[], io: CliIO): Promise<number> {
  try {
    const { pack: packArg, output, force, config } = parse(args);
    const ext = path.extname(output).toLowerCase();
    if (ext !== ".docx" && ext !== ".dotx")
      throw new InputError(`the output file must end in .docx or .dotx, not "${output}"`);
    const organisation = config ? await readOrganisation(config, io.cwd) : undefined;
    const pack =
      organisation?.packs.find((p) => p.id === packArg) ??
      withMarking(await loadPack(packArg, io.cwd), organisation?.settings.protectiveMarking);
    const bytes = await writeTemplateDocx(pack, { format: ext === ".dotx" ? "dotx" : "docx" });
    await writeOutput(resolveFrom(io.cwd, output), output, bytes, force);
    const notes = guidanceTexts(templateLayout(pack)).length;
    const kind = ext === ".dotx" ? "a Word template" : "a Word document";
    io.out(
      `Wrote ${output}: the ${pack.title} template as ${kind} (${pack.sections.length} sections, ${notes} guidance texts).`,
    );
    return EXIT.ok;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`imr template: ${e.message}`);
      return EXIT.badInput;
    }
    throw e;
  }
}
