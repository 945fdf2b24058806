import type { EditPlan } from "../edits/plan";
import { isTable, type DocModel, type TableBlock } from "../model/types";
import type { Pack } from "../packs/schema";
import { isKeyTable } from "./match";
import type { Person, Register } from "./register";

/**
 * The "Key to Initials Used" table (seed 003; seed 004 section 10: initials listed with the actual
 * names alongside, and for staff their role and employing agency). It lists real names, so it is
 * for the review panel, not for publication.
 */

const ROLE_LABELS: Record<Person["role"], string> = {
  victim: "Victim",
  perpetrator: "Perpetrator",
  "relevant person": "Relevant person",
  child: "Child",
  "family member": "Family member",
  friend: "Friend",
  professional: "Professional",
  other: "Other",
};

/** "Professional (GP)", "Victim", "Family member (mother of Child 1)". */
export function roleText(person: Person): string {
  const label = ROLE_LABELS[person.role];
  return person.roleDetail ? `${label} (${person.roleDetail})` : label;
}

/** Natural order: "Adult B" before "Adult C", "Child 2" before "Child 10", case ignored. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, "en-GB", { numeric: true, sensitivity: "base" });
}

type KeyField = "code" | "name" | "role" | "none";

function fieldOf(header: string, id?: string): KeyField {
  const h = `${id ?? ""} ${header}`.toLowerCase();
  if (/initial|code|abbrev|pseudonym/.test(h)) return "code";
  if (/role|relationship|agency|designation/.test(h)) return "role";
  if (/name/.test(h)) return "name";
  return "none";
}

/** The key's header: the pack's key-to-initials columns, or Code | Name | Role. */
export function keyHeader(pack?: Pick<Pack, "keyToInitials">): string[] {
  return pack?.keyToInitials
    ? pack.keyToInitials.columns.map((c) => c.header)
    : ["Code", "Name", "Role"];
}

/** Header row, then one row per person sorted by code. */
export function keyRows(register: Register, pack?: Pick<Pack, "keyToInitials">): string[][] {
  const header = keyHeader(pack);
  const fields: KeyField[] = pack?.keyToInitials
    ? pack.keyToInitials.columns.map((c) => fieldOf(c.header, c.id))
    : ["code", "name", "role"];
  const people = [...register.people].sort(
    (a, b) => compareCodes(a.code, b.code) || a.name.localeCompare(b.name, "en-GB"),
  );
  const rows = people.map((p) =>
    fields.map((f) =>
      f === "code" ? p.code : f === "name" ? p.name : f === "role" ? roleText(p) : "",
    ),
  );
  return [header, ...rows];
}

/** The document's key-to-initials table, if it has one. */
export function findKeyTable(model: DocModel): TableBlock | undefined {
  return model.blocks.find((b): b is TableBlock => isTable(b) && isKeyTable(b));
}

/**
 * A plan that rewrites the document's key table from the register (keeping the table's own
 * header row), or undefined when the document has no key table (insert keyRows() then).
 */
export function keyTablePlan(model: DocModel, register: Register): EditPlan | undefined {
  const table = findKeyTable(model);
  if (!table) return undefined;
  const header = table.rows[0];
  const fields = header.map((h) => fieldOf(h));
  const body = keyRows(register)
    .slice(1)
    .map(([code, name, role]) =>
      fields.map((f) => (f === "code" ? code : f === "name" ? name : f === "role" ? role : "")),
    );
  return {
    description: `Update the key to initials (${register.people.length} ${register.people.length === 1 ? "person" : "people"})`,
    edits: [
      {
        kind: "replaceTable",
        blockId: table.id,
        expectedRows: table.rows.map((r) => [...r]),
        rows: [[...header], ...body],
      },
    ],
  };
}
