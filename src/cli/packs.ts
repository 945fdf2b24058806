import { availablePacks, type OrganisationSettings } from "../core/config";
import type { DocModel } from "../core/model/types";
import { BUILTIN_PACKS, builtinPack, parsePack } from "../core/packs/registry";
import type { Pack } from "../core/packs/schema";
import { describeProblems } from "../core/validation";
import { DocxError, readDocx } from "../docx";
import { readInput, readJson, resolveFrom } from "./files";
import { InputError } from "./io";

/** A built-in pack id, or a pack JSON file validated against the pack schema (`--pack`). */
export async function loadPack(arg: string, cwd: string): Promise<Pack> {
  const builtin = builtinPack(arg);
  if (builtin) return builtin;
  if (!/\.json$/i.test(arg)) {
    const ids = BUILTIN_PACKS.map((p) => p.id).join(", ");
    throw new InputError(
      `unknown pack "${arg}": give a built-in pack (${ids}) or a pack .json file`,
    );
  }
  const parsed = parsePack(await readJson(resolveFrom(cwd, arg), arg));
  if (!parsed.ok)
    throw new InputError(
      `${arg} is not a valid template pack: ${describeProblems(parsed.problems)}`,
    );
  return parsed.value;
}

/**
 * `--config organisation.json`: the organisation's settings file (DEPLOYMENT.md), as the pane
 * reads it: its custom packs become available by id and its marking goes on every template. A file
 * with problems is refused, naming each one (the pane would ignore it).
 */
export async function readOrganisation(
  file: string,
  cwd: string,
): Promise<{ packs: Pack[]; settings: OrganisationSettings }> {
  const loaded = availablePacks(await readJson(resolveFrom(cwd, file), file));
  if (loaded.problems.length > 0)
    throw new InputError(
      `${file} is not a valid organisation file: ${describeProblems(loaded.problems)}`,
    );
  return loaded;
}

/** Read a .docx into a DocModel; an unreadable file is an InputError ("cannot <verb> <file>: …"). */
export async function readModel(file: string, shown: string, verb = "read"): Promise<DocModel> {
  const bytes = await readInput(file, shown);
  try {
    return await readDocx(bytes);
  } catch (e) {
    if (e instanceof DocxError) throw new InputError(`cannot ${verb} ${shown}: ${e.message}`);
    throw e;
  }
}
