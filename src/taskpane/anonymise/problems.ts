import { registerProblems, type Register } from "../../core/anonymise/register";

/** "mr bloggs" -> "Mr Bloggs" (register problems quote variants in lower case). */
function titleCase(text: string): string {
  return text.replace(
    /(^|[\s-])(\p{L})/gu,
    (_m, sep: string, ch: string) => sep + ch.toUpperCase(),
  );
}

function nameList(register: Register, people: readonly number[]): string {
  return people.map((i) => `${register.people[i].name} (${register.people[i].code})`).join(" or ");
}

/**
 * The register's problems as lines to show. Derived variants two people share come one per title
 * ("Bloggs", "Mr Bloggs", "Mrs Bloggs", ...): those are folded into one line per group of people.
 */
export function problemLines(register: Register): string[] {
  const out: string[] = [];
  const shared = new Map<string, { people: number[]; variants: string[] }>();
  for (const p of registerProblems(register)) {
    if (p.kind !== "shared-variant") {
      out.push(p.message);
      continue;
    }
    const key = [...p.people].sort((a, b) => a - b).join(",");
    const group = shared.get(key) ?? { people: p.people, variants: [] };
    const variant = /^"([^"]+)"/.exec(p.message)?.[1];
    if (variant) group.variants.push(variant);
    shared.set(key, group);
  }
  for (const { people, variants } of shared.values()) {
    const sorted = [...variants].sort((a, b) => a.length - b.length);
    const [first, second] = sorted.map(titleCase);
    const others = second ? `, alone or in forms like “${second}”,` : "";
    out.push(
      `“${first ?? ""}”${others} could mean ${nameList(register, people)}: each place is shown for you to decide. To replace one automatically, add it to one person's other ways of writing their name.`,
    );
  }
  return out;
}
