import type { z } from "zod";

/** A problem found in input data, named by its path: "sections.2.title: must not be empty". */
export interface InputProblem {
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(top level)" : path.map(String).join(".");
}

/** Run a zod schema and turn its issues into problems a person can act on. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message })),
  };
}

/** "sections.2.title: must not be empty; id: ..." on one line. */
export function describeProblems(problems: readonly InputProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join("; ");
}
