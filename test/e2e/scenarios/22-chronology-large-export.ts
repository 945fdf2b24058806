import { readFileSync } from "node:fs";
import type { BlockSnapshot, TableSnapshot } from "../../fakes/word-host";
import { check, checkEqual, type Scenario, type ScenarioContext } from "../context";

const HEADER = [
  "Date",
  "Time",
  "Source of evidence",
  "Name of professional",
  "Contact with",
  "Event description, actions taken, decisions made",
  "Comments",
];
const ROWS = 600;

/** Day n (0-based) from 1 January 2012, as d/m/yy (a form the repair rewrites) and dd/mm/yyyy. */
function day(n: number): { loose: string; strict: string } {
  const d = new Date(Date.UTC(2012, 0, 1 + n));
  const [dd, mm, yyyy] = [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()];
  const pad = (x: number) => String(x).padStart(2, "0");
  return {
    loose: `${dd}/${mm}/${String(yyyy).slice(2)}`,
    strict: `${pad(dd)}/${pad(mm)}/${yyyy}`,
  };
}

const rows = Array.from({ length: ROWS }, (_, n) => [
  day(n).loose,
  "10:00",
  "Case record",
  "PC Smith",
  "Victim",
  `Contact number ${n + 1}, "noted"`,
  "",
]);

async function chronology(ctx: ScenarioContext): Promise<string[][]> {
  const blocks = await ctx.host<BlockSnapshot[]>("blocks");
  const t = blocks.find((b): b is TableSnapshot => b.kind === "table" && b.values[0][0] === "Date");
  check(t, "The chronology table should be in the document.");
  return t.values;
}

export const scenario: Scenario = {
  name: "chronology: a 600-row chronology is checked, previewed (capped), repaired in one batch and downloaded as CSV",
  async run(ctx) {
    // 600 rows are too many for the page's URL: start empty, then load the document into the host.
    await ctx.open();
    await ctx.host("replaceDocument", {
      blocks: [
        { text: "Comprehensive Agency Chronology", style: "Heading1" },
        { table: [["Name of Agency:", "Greater Manchester Police"]] },
        "The chronology follows.",
        { table: [HEADER, ...rows], headerRows: 1 },
        "Summary follows.",
      ],
    });
    await ctx.pane.getByRole("tab", { name: "Chronology" }).click();
    await ctx.pane
      .getByText(`${ROWS} entries in the chronology table.`)
      .waitFor({ timeout: 30_000 });
    const dates = ctx.pane.getByRole("region", { name: "Dates not in the form dd/mm/yyyy" });
    await dates.getByText(`Dates not in the form dd/mm/yyyy (${ROWS})`).waitFor();
    checkEqual(
      await dates.getByRole("listitem").count(),
      15,
      "A long list of findings should show the first 15 at first.",
    );
    await dates.getByRole("button", { name: `Show more (${ROWS - 15} not shown)` }).click();
    checkEqual(await dates.getByRole("listitem").count(), 65, "Show more should add 50.");
    await ctx.screenshot("large-findings");

    await dates.getByRole("button", { name: "Normalise dates…" }).click();
    const preview = ctx.pane.getByTestId("repair-preview");
    await preview.getByText(`Rewrite ${ROWS} dates as dd/mm/yyyy.`).waitFor();
    await preview.getByText(`…and ${ROWS - 40} more changes`).waitFor();
    checkEqual(
      await preview.getByRole("listitem").count(),
      41,
      "The preview should list 40 changes and count the rest.",
    );
    await preview.scrollIntoViewIfNeeded();
    await ctx.screenshot("large-preview-capped");
    await preview.getByRole("button", { name: "Apply" }).click();
    await ctx.pane.getByText(`Rewrote ${ROWS} dates as dd/mm/yyyy.`).waitFor({ timeout: 30_000 });
    const after = await chronology(ctx);
    checkEqual(
      after.slice(1).map((r) => r[0]),
      rows.map((_, n) => day(n).strict),
      "Every date should be rewritten as dd/mm/yyyy.",
    );
    await ctx.pane.getByText("Checks (no problems)").waitFor({ timeout: 30_000 });

    // Download the chronology as CSV.
    await ctx.pane.getByRole("button", { name: "Download as CSV" }).click();
    const [download] = await Promise.all([
      ctx.page.waitForEvent("download"),
      ctx.pane.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    check(
      /^chronology-greater-manchester-police-\d{4}-\d{2}-\d{2}\.csv$/.test(
        download.suggestedFilename(),
      ),
      `The file should be named chronology-<agency>-<date>.csv; it is "${download.suggestedFilename()}".`,
    );
    check(
      download.url().startsWith("blob:") && !download.url().includes("Greater"),
      `The download's URL should be a blob: URL with no document text; it is "${download.url()}".`,
    );
    const path = await download.path();
    check(path, "The download should be saved.");
    const text = readFileSync(path, "utf8");
    const lines = text.split("\r\n");
    checkEqual(
      lines[0],
      '\uFEFFDate,Time,Source of evidence,Name of professional,Contact with,"Event description, actions taken, decisions made",Comments,Agency',
      "The CSV should start with the byte order mark and the template's columns plus Agency.",
    );
    checkEqual(
      lines[1],
      '01/01/2012,10:00,Case record,PC Smith,Victim,"Contact number 1, ""noted""",,Greater Manchester Police',
      "Fields with commas or quotes should be quoted, quotes doubled.",
    );
    checkEqual(lines.length, ROWS + 2, "One line per entry after the header, each ending CRLF.");
    checkEqual(lines[ROWS + 1], "", "The last record should end with CRLF.");
    await ctx.pane.getByTestId("export-result").scrollIntoViewIfNeeded();
    await ctx.screenshot("downloaded");
  },
};
