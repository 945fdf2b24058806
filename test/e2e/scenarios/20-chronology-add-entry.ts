import { builtinPack } from "../../../src/core/packs/registry";
import { SETTINGS_NAMESPACE } from "../../../src/core/settings/schema";
import { registerToXml } from "../../../src/docx/custom-xml/register-xml";
import { REGISTER_NAMESPACE } from "../../../src/docx/custom-xml/xml-util";
import type { BlockSnapshot, TableSnapshot } from "../../fakes/word-host";
import { check, checkEqual, type Scenario, type ScenarioContext } from "../context";

const pack = builtinPack("dhr")!;
const HEADERS = pack.chronology.columns.map((c) => c.header);

/** Scroll the document to its chronology table and the pane to `testId`, then take a screenshot. */
async function shot(ctx: ScenarioContext, step: string, testId?: string) {
  await ctx.page.evaluate(() => (window as { imrRefresh?: () => boolean }).imrRefresh?.());
  await ctx.page
    .locator("#document table", { hasText: "Source of evidence" })
    .first()
    .scrollIntoViewIfNeeded();
  if (testId) await ctx.pane.getByTestId(testId).scrollIntoViewIfNeeded();
  await ctx.screenshot(step);
}

async function chronologyTable(ctx: ScenarioContext): Promise<TableSnapshot> {
  const blocks = await ctx.host<BlockSnapshot[]>("blocks");
  const table = blocks.find(
    (b): b is TableSnapshot =>
      b.kind === "table" && JSON.stringify(b.values[0]) === JSON.stringify(HEADERS),
  );
  check(table, "The document should have the DHR chronology table.");
  return table;
}

/** The text of a result area once it shows a message. */
async function resultText(ctx: ScenarioContext, testId: string): Promise<string> {
  const area = ctx.pane.getByTestId(testId);
  await area.getByRole("group").or(area.locator(".fui-MessageBar")).first().waitFor();
  return (await area.innerText()).trim();
}

/** Fill the entry form: date, time, source, contact with, event. */
async function fillEntry(
  ctx: ScenarioContext,
  e: { date: string; time?: string; source: string; contact?: string; event: string },
) {
  await ctx.pane.getByTestId("entry-date").fill(e.date);
  await ctx.pane.getByTestId("entry-time").fill(e.time ?? "");
  await ctx.pane.getByTestId("entry-source").fill(e.source);
  await ctx.pane.getByTestId("entry-contact-with").fill(e.contact ?? "");
  await ctx.pane.getByTestId("entry-event").fill(e.event);
}

export const scenario: Scenario = {
  name: "chronology: sets the review period and adds entries in date order through the pane",
  async run(ctx) {
    const register = registerToXml({
      schemaVersion: 1,
      people: [{ name: "Joanne Bloggs", code: "Adult A", role: "victim", variants: [] }],
    });
    await ctx.open({
      host: { customXmlParts: [{ namespaceUri: REGISTER_NAMESPACE, xml: register }] },
    });
    await ctx.pane.getByLabel("Template", { exact: true }).selectOption("dhr");
    await ctx.pane.getByRole("button", { name: "Insert template" }).click();
    await ctx.pane.getByTestId("insert-result").waitFor();

    await ctx.pane.getByRole("tab", { name: "Chronology" }).click();
    const status = ctx.pane.getByTestId("chronology-status");
    await status.getByText("0 entries in the chronology table.").waitFor();
    await ctx.screenshot("chronology-tab");

    // The review period: typed in two forms, normalised, saved in the document.
    const start = ctx.pane.getByTestId("period-start");
    const end = ctx.pane.getByTestId("period-end");
    await ctx.pane.getByRole("button", { name: "Save the review period" }).click();
    await ctx.pane.getByText("Give the start of the review period, as dd/mm/yyyy.").waitFor();
    await start.fill("1/1/12");
    await end.fill("31 Dec 2013");
    await end.blur();
    checkEqual(
      await end.inputValue(),
      "31/12/2013",
      "A typed date should be rewritten as dd/mm/yyyy.",
    );
    await ctx.pane.getByText("Read as 31/12/2013.").waitFor();
    checkEqual(
      await ctx.pane
        .getByLabel("End of the review period: pick from a calendar", { exact: true })
        .inputValue(),
      "2013-12-31",
      "The calendar beside the box should show the same date.",
    );
    await shot(ctx, "review-period-typed", "period-end");
    await ctx.pane.getByRole("button", { name: "Save the review period" }).click();
    const saved = await resultText(ctx, "period-result");
    checkEqual(
      saved,
      "Review period saved in the document: 01/01/2012 to 31/12/2013.",
      "Saving the review period should say where it is kept.",
    );
    const parts = await ctx.host<Array<{ namespaceUri: string; xml: string }>>("customXmlParts");
    const settingsPart = parts.find((p) => p.namespaceUri === SETTINGS_NAMESPACE);
    check(
      settingsPart &&
        settingsPart.xml.includes("01/01/2012") &&
        settingsPart.xml.includes("31/12/2013"),
      "The review period should be stored in the document's settings part.",
    );
    await shot(ctx, "review-period-saved", "period-result");

    // Add an entry: first with mistakes, then properly.
    await ctx.pane.getByRole("button", { name: "Add an entry" }).click();
    await fillEntry(ctx, { date: "31/02/2013", time: "25:00", source: "", event: "" });
    await ctx.pane.getByRole("button", { name: "Add the entry" }).click();
    await ctx.pane.getByText("31 February 2013 does not exist: check the record.").waitFor();
    await ctx.pane.getByText('"Source of evidence" is required: fill it in.').waitFor();
    checkEqual(
      (await chronologyTable(ctx)).values.length,
      2,
      "An entry with mistakes must not be added.",
    );
    await shot(ctx, "entry-invalid", "entry-date");

    // "Contact with" offers the people the register names.
    await ctx.pane.getByTestId("entry-contact-with").click();
    await ctx.pane.getByRole("option", { name: /^Adult A/ }).waitFor();
    await ctx.screenshot("contact-with-options");
    await ctx.pane.getByRole("option", { name: /^Adult A/ }).click();
    checkEqual(
      await ctx.pane.getByTestId("entry-contact-with").inputValue(),
      "Adult A",
      "Choosing a person should put their code in the box.",
    );

    await fillEntry(ctx, {
      date: "03/04/2013",
      time: "9.15am",
      source: "Incident log",
      contact: "Adult A",
      event: "Call about a disturbance; officers attended.",
    });
    await ctx.pane.getByRole("button", { name: "Add the entry" }).click();
    await ctx.pane
      .getByText("Added as the first dated entry (it is row 3 of the table).")
      .waitFor();
    await status.getByText("1 entry in the chronology table.").waitFor();
    await shot(ctx, "first-entry-added", "entry-result");

    await fillEntry(ctx, {
      date: "01/02/2013",
      source: "Case record",
      contact: "Joanne Bloggs",
      event: "Home visit.",
    });
    await ctx.pane.getByRole("button", { name: "Add the entry" }).click();
    await ctx.pane
      .getByText(
        "Added before the entry of 03/04/2013 at 09:15, as the earliest entry (it is row 3 of the table).",
      )
      .waitFor();
    await fillEntry(ctx, {
      date: "3/4/13",
      time: "17:30",
      source: "Custody record",
      event: "Arrested.",
    });
    await ctx.pane.getByRole("button", { name: "Add the entry" }).click();
    await ctx.pane
      .getByText("Added after the entry of 03/04/2013 at 09:15 (it is row 5 of the table).")
      .waitFor();
    await status.getByText("3 entries in the chronology table.").waitFor();
    await shot(ctx, "three-entries", "entry-result");

    const table = await chronologyTable(ctx);
    checkEqual(
      table.values.slice(2),
      [
        ["01/02/2013", "", "Case record", "", "Joanne Bloggs", "Home visit.", ""],
        [
          "03/04/2013",
          "09:15",
          "Incident log",
          "",
          "Adult A",
          "Call about a disturbance; officers attended.",
          "",
        ],
        ["03/04/2013", "17:30", "Custody record", "", "", "Arrested.", ""],
      ],
      "The entries should be in the chronology table in date and time order, dates and times in the template's form.",
    );
    const added = table.cells.slice(2).flat(2);
    check(
      added.every(
        (p) => p.font.italic !== true && (p.font.color ?? "#000000").toUpperCase() !== "#FF0000",
      ),
      "The new rows should be ordinary text, not red italic guidance.",
    );

    // An entry dated outside the review period is flagged by the checks.
    await fillEntry(ctx, { date: "05/05/2014", source: "Case record", event: "Late contact." });
    await ctx.pane.getByRole("button", { name: "Add the entry" }).click();
    await ctx.pane.getByText(/Added after the entry of 03\/04\/2013 at 17:30/).waitFor();
    await ctx.pane.getByRole("button", { name: /^Checks/ }).waitFor();
    await ctx.pane.getByText("Outside the review period (1)").waitFor();
    await ctx.pane.getByText("Outside the review period (1)").scrollIntoViewIfNeeded();
    await ctx.screenshot("outside-period-flagged");
  },
};
