import { parseWith, type Parsed } from "../validation";
import { dhrPack } from "./builtin/dhr";
import { csprPack } from "./builtin/cspr";
import { sarPack } from "./builtin/sar";
import { PackSchema, type Pack, type PackInput } from "./schema";

function builtIn(input: PackInput): Pack {
  const parsed = parseWith(PackSchema, input);
  if (!parsed.ok) {
    throw new Error(`Built-in pack is invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  }
  return parsed.value;
}

/** The packs that ship with the add-in, validated once. */
export const BUILTIN_PACKS: readonly Pack[] = [builtIn(dhrPack), builtIn(csprPack), builtIn(sarPack)];

export function builtinPack(id: string): Pack | undefined {
  return BUILTIN_PACKS.find((p) => p.id === id);
}

/** Validate a pack supplied as data (an agency's JSON file). */
export function parsePack(data: unknown): Parsed<Pack> {
  return parseWith(PackSchema, data);
}
