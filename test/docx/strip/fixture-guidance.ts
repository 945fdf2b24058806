import { readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES = join(__dirname, "../../fixtures/strip");

/**
 * The guidance in the fixture's HTML source: red (#FF0000/#C00000) italic text, as <i><font> or
 * as a CSS span. Read from the HTML so the test does not trust the stripper to say what it is.
 */
export function fixtureGuidance(): string[] {
  const html = readFileSync(join(FIXTURES, "agency-template.html"), "utf8");
  const out: string[] = [];
  const re =
    /<i><font color="#(?:FF0000|C00000)">([^<]*)<\/font><\/i>|<span style="color:#ff0000;font-style:italic">([^<]*)<\/span>/g;
  for (const m of html.matchAll(re)) out.push(m[1] ?? m[2]);
  return out;
}
