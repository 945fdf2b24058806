import {
  parseRegister,
  type Register,
  type RegisterInput,
} from "../../../src/core/anonymise/register";

export function register(people: RegisterInput["people"]): Register {
  const r = parseRegister({ people });
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join("; "));
  return r.value;
}

/** The register most tests use. */
export const people = register([
  { name: "Joanne Bloggs", variants: ["Jo"], code: "Adult A", role: "victim" },
  { name: "James Ward", code: "Adult B", role: "perpetrator" },
  { name: "Doctor Smith", code: "Doctor S", role: "professional", roleDetail: "GP" },
  { name: "Ann Lee", code: "AL", role: "relevant person" },
  { name: "Rose Grace", code: "Child 1", role: "child" },
  { name: "Sarah Khan", code: "Adult C", role: "family member" },
]);
