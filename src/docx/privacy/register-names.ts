import { findInText } from "../../core/anonymise/match";
import type { Register } from "../../core/anonymise/register";
import { findHiddenText, type HiddenText, type HiddenWhere } from "./hidden-text";

/**
 * Register names (the people register kept in the draft: readRegister, read BEFORE the private
 * parts are dropped) found in hidden text, by the Anonymise tab's own matching rules (whole
 * words, each person's variants, possessives, common-word names only when capitalised: see
 * src/core/anonymise/match.ts).
 */

export interface HiddenName {
  where: HiddenWhere;
  part: string;
  /** What holds it, in words (HiddenText.label). */
  label: string;
  /** The name as written there. */
  name: string;
  /** The person's code, when only one person can be meant. */
  code?: string;
  /** A few words around it. */
  context: string;
  /** For a document property: its element name (HiddenText.property). */
  property?: string;
}

const AROUND = 40;

export function registerNamesIn(hidden: readonly HiddenText[], register: Register): HiddenName[] {
  const out: HiddenName[] = [];
  if (register.people.length === 0) return out;
  for (const h of hidden) {
    for (const occ of findInText(h.text, register)) {
      const from = Math.max(0, occ.start - AROUND);
      const to = Math.min(h.text.length, occ.end + AROUND);
      const around = h.text.slice(from, to).replace(/\s+/g, " ").trim();
      const context = `${from > 0 ? "…" : ""}${around}${to < h.text.length ? "…" : ""}`;
      const name: HiddenName = {
        where: h.where,
        part: h.part,
        label: h.label,
        name: occ.text,
        context,
      };
      if (occ.replacement) name.code = occ.replacement;
      if (h.property) name.property = h.property;
      out.push(name);
    }
  }
  return out;
}

/** Every register name in the document's hidden text (see findHiddenText). */
export async function findRegisterNamesInHiddenText(
  bytes: Uint8Array,
  register: Register,
): Promise<HiddenName[]> {
  return registerNamesIn(await findHiddenText(bytes), register);
}
