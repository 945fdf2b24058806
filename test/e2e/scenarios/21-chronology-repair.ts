import { builtinPack } from "../../../src/core/packs/registry";
import type { BlockSnapshot, TableSnapshot } from "../../fakes/word-host";
import { check, checkEqual, type Scenario, type ScenarioContext } from "../context";

const pack = builtinPack("dhr")!;
const HEADERS = pack.chronology.columns.map((c) => c.header);
/** The DHR headings with "Comments" renamed. */
const BROKEN_HEADER = [...HEADERS.slice(0, -1), "Reviewer comments"];
const ROWS = [
  ["2013-02-05", "10:00", "Case record", "PC Smith", "Victim", "Second visit", ""],
  ["1st Jan 2013", "9.30", "Incident log", "PC Smith", "Victim", "First call", ""],
  ["03/03/2013", "", "Case record", "DS Jones", "Perpetrator", "Interview", ""],
  ["15/01/2013", "14:00", "Case record", "PC Smith", "Victim", "Phone call", ""],
];

async function table(ctx: ScenarioContext): Promise<string[][]> {
  const blocks = await ctx.host<BlockSnapshot[]>("blocks");
  const t = blocks.find((b): b is TableSnapshot => b.kind === "table");
  check(t, "The document should still have its table.");
  return t.values;
}

async function shot(ctx: ScenarioContext, step: string, testId: string) {
  await ctx.page.evaluate(() => (window as { imrRefresh?: () => boolean }).imrRefresh?.());
  await ctx.pane.getByTestId(testId).scrollIntoViewIfNeeded();
  await ctx.screenshot(step);
}

/** Apply the repair on show and wait for its result. */
async function apply(ctx: ScenarioContext, message: string) {
  await ctx.pane.getByTestId("repair-preview").getByRole("button", { name: "Apply" }).click();
  await ctx.pane.getByTestId("repair-result").getByText(message).waitFor();
}

export const scenario: Scenario = {
  name: "chronology: repairs a broken chronology table with a preview first (dates, order, times, headings)",
  async run(ctx) {
    await ctx.open({
      host: {
        blocks: [
          { text: "Comprehensive Agency Chronology", style: "Heading1" },
          { table: [BROKEN_HEADER, ...ROWS], headerRows: 1 },
          "Summary follows.",
        ],
      },
    });
    await ctx.pane.getByRole("tab", { name: "Chronology" }).click();
    await ctx.pane.getByText("4 entries in the chronology table.").waitFor();
    await ctx.pane.getByText("Detected from the chronology table's column headings.").waitFor();
    const findings = ctx.pane.getByTestId("chronology-findings");
    for (const group of [
      "Column headings (1)",
      "Dates not in the form dd/mm/yyyy (2)",
      "Times not in the form hh:mm (1)",
    ])
      await findings.getByText(group).waitFor();
    await shot(ctx, "broken-table-findings", "chronology-findings");

    // "Go to" selects the cell in the document.
    const dates = findings.getByRole("region", { name: "Dates not in the form dd/mm/yyyy" });
    await dates.getByRole("button", { name: "Go to Row 2, Date" }).click();
    await findings.getByText("Selected: Row 2, Date.").waitFor();
    checkEqual(
      await ctx.host<string>("selectedText"),
      "2013-02-05",
      "Go to should select the date cell's text in the document.",
    );

    // Normalise dates: preview first, the document unchanged until Apply.
    await dates.getByRole("button", { name: "Normalise dates…" }).click();
    const preview = ctx.pane.getByTestId("repair-preview");
    await preview.getByRole("heading", { name: "Normalise dates: preview" }).waitFor();
    const previewText = await preview.innerText();
    check(
      previewText.includes("Rewrite 2 dates as dd/mm/yyyy.") &&
        /Row 2, Date:\s*2013-02-05\s*→\s*05\/02\/2013/.test(previewText) &&
        /Row 3, Date:\s*1st Jan 2013\s*→\s*01\/01\/2013/.test(previewText),
      `The preview should list both date changes; it says:\n${previewText}`,
    );
    checkEqual(await table(ctx), [BROKEN_HEADER, ...ROWS], "Nothing should change before Apply.");
    check(
      await ctx.pane
        .locator("body")
        .evaluate(() => document.activeElement?.textContent === "Normalise dates: preview"),
      "The preview's heading should take focus when it opens.",
    );
    await shot(ctx, "normalise-dates-preview", "repair-preview");
    await apply(ctx, "Rewrote 2 dates as dd/mm/yyyy.");
    checkEqual(
      (await table(ctx)).slice(1).map((r) => r[0]),
      ["05/02/2013", "01/01/2013", "03/03/2013", "15/01/2013"],
      "The dates should be rewritten as dd/mm/yyyy, nothing else changed.",
    );

    // A plan made before the author edits the table is refused, and nothing changes.
    await ctx.pane.getByRole("button", { name: "Sort by date and time", exact: true }).click();
    await preview.getByText("Move 4 entries into date and time order.").waitFor();
    const paragraphs = await ctx.host<string[]>("bodyText");
    await ctx.host("typeInto", paragraphs.indexOf("Interview"), " at the station");
    const edited = await table(ctx);
    await preview.getByRole("button", { name: "Apply" }).click();
    await ctx.pane
      .getByTestId("repair-result")
      .getByText("Nothing was changed", { exact: true })
      .waitFor();
    checkEqual(await table(ctx), edited, "A stale plan must not change the table.");
    await shot(ctx, "stale-plan-refused", "repair-result");

    // Sort again from the table as it is now.
    await ctx.pane.getByRole("button", { name: "Sort by date and time", exact: true }).click();
    await preview.getByRole("heading", { name: "Sort by date and time: preview" }).waitFor();
    await shot(ctx, "sort-preview", "repair-preview");
    await apply(ctx, "Moved 4 entries into date and time order.");
    checkEqual(
      (await table(ctx)).slice(1).map((r) => `${r[0]} ${r[5]}`),
      [
        "01/01/2013 First call",
        "15/01/2013 Phone call",
        "05/02/2013 Second visit",
        "03/03/2013 Interview at the station",
      ],
      "The entries should be in date order, each row moved whole.",
    );

    await ctx.pane.getByRole("button", { name: "Normalise times", exact: true }).click();
    await preview.getByText(/9\.30\s*→\s*09:30/).waitFor();
    await apply(ctx, "Rewrote 1 time as hh:mm.");

    await ctx.pane.getByRole("button", { name: "Repair the column headings", exact: true }).click();
    await preview.getByText(/Reviewer comments\s*→\s*Comments/).waitFor();
    await shot(ctx, "headings-preview", "repair-preview");
    await apply(
      ctx,
      "The column headings now match the template; no cell below the headings was changed.",
    );

    checkEqual(
      await table(ctx),
      [
        HEADERS,
        ["01/01/2013", "09:30", "Incident log", "PC Smith", "Victim", "First call", ""],
        ["15/01/2013", "14:00", "Case record", "PC Smith", "Victim", "Phone call", ""],
        ["05/02/2013", "10:00", "Case record", "PC Smith", "Victim", "Second visit", ""],
        [
          "03/03/2013",
          "",
          "Case record",
          "DS Jones",
          "Perpetrator",
          "Interview at the station",
          "",
        ],
      ],
      "After the repairs the table should be in the template's form, every entry kept.",
    );
    await ctx.pane.getByText("No problems found in the chronology", { exact: false }).waitFor();
    await shot(ctx, "repaired", "chronology-findings");
    await ctx.documentScreenshot("repaired");
  },
};
