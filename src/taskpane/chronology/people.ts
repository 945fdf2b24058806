import { labelledValue } from "../../core/chronology/details";
import type { Register } from "../../core/anonymise/register";
import { suggestEntries } from "../../core/anonymise/suggest";
import { squash } from "../../core/model/text";
import type { DocModel } from "../../core/model/types";
import type { Pack } from "../../core/packs/schema";

/** A person the "Contact with" box offers: `value` is what goes in the cell. */
export interface PersonOption {
  value: string;
  /** Who it is, shown beside the value in the list. */
  detail: string;
}

const NO_ONE: Register = { schemaVersion: 1, people: [] };
const MAX_OPTION = 60;

/** The chronology's details field that names the people ("Name (s) or initials of victim, ..."). */
function peopleField(pack: Pick<Pack, "chronology">): string[] {
  return pack.chronology.headerFields.filter(
    (f) => /\b(name|initials)\b/i.test(f) && /\b(person|persons|victim|subject)\b/i.test(f),
  );
}

/**
 * The people the document names, for the "Contact with" column: those in the cover table's
 * people fields (victim, perpetrator, relevant persons), those in the chronology's details field
 * of names or initials, and, when the document holds the anonymising register, each person's
 * code and name. Each value once, in that order.
 */
export function peopleOptions(
  model: DocModel,
  pack: Pick<Pack, "cover" | "reviewType" | "chronology">,
  register?: Register,
): PersonOption[] {
  const out: PersonOption[] = [];
  const seen = new Set<string>();
  const add = (value: string, detail: string) => {
    const v = squash(value).replace(/[.;:,]+$/, "");
    const key = v.toLowerCase();
    if (v === "" || v.length > MAX_OPTION || seen.has(key)) return;
    seen.add(key);
    out.push({ value: v, detail });
  };
  for (const s of suggestEntries(model, pack, [], NO_ONE)) {
    if (s.source === "cover") add(s.name, `${s.role}, from the cover`);
  }
  const labels = peopleField(pack);
  const listed = labels.length > 0 ? labelledValue(model, labels) : undefined;
  if (listed)
    for (const part of listed.split(/[,;\n\r\v]+|\s+and\s+/))
      add(part, "named in the chronology's details");
  for (const p of register?.people ?? []) {
    add(p.code, `code for ${p.name} (${p.role})`);
    add(p.name, `${p.role}, code ${p.code}`);
  }
  return out;
}
