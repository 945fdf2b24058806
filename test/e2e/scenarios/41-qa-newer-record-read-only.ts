import { check, checkEqual, type Scenario } from "../context";

const QA_NAMESPACE = "urn:imr-assistant:qa";

/** A QA record saved by a later version of the add-in: version 3, with an element v2 doesn't know. */
const V3 =
  `<qa xmlns="${QA_NAMESPACE}" schemaVersion="3" packId="dhr" setId="gm-dhr-qa" status="submitted-for-qa">` +
  `<answers><answer criterion="scope" value="Yes" by="Future Reviewer" at="2030-01-02T09:00:00.000Z">Clear and agreed.</answer></answers>` +
  `<riskRating level="medium"/>` +
  `<history><entry status="submitted-for-qa" by="Author" at="2030-01-01T09:00:00.000Z"/></history>` +
  `</qa>`;

export const scenario: Scenario = {
  name: "QA: a record saved by a newer version is shown read-only with a clear message and never overwritten",
  async run(ctx) {
    await ctx.open({
      host: { paragraphs: ["Introduction", "The agency's involvement began in 2021."] },
    });
    await ctx.page.evaluate(
      ([ns, xml]) =>
        (
          window as unknown as {
            imrHost: { doc: { newPart(ns: string, xml: string): unknown } };
          }
        ).imrHost.doc.newPart(ns, xml),
      [QA_NAMESPACE, V3] as const,
    );
    await ctx.pane.getByRole("tab", { name: "QA" }).click();
    const banner = ctx.pane.getByTestId("qa-read-only");
    await banner.waitFor();
    const message = await banner.innerText();
    check(
      message.includes("saved by a newer version of IMR Assistant (record version 3") &&
        message.includes("update the add-in"),
      `The pane should say the record is from a newer version; it says "${message}"`,
    );
    await ctx.screenshot("read-only-message");

    // What this version can read is shown, read-only.
    await ctx.pane.getByRole("textbox", { name: "Your name", exact: true }).fill("Jane QA");
    await ctx.pane.getByTestId("qa-progress").getByText("1 of 15 criteria answered").waitFor();
    await ctx.pane.getByRole("button", { name: /^1\. / }).click();
    await ctx.pane.getByText(/Answer: Yes/).waitFor();
    checkEqual(
      await ctx.pane.getByRole("radiogroup").count(),
      1, // only "You are" (reviewer or author)
      "No answer can be changed.",
    );
    for (const name of [
      "Submit for quality assurance",
      "Approve",
      "Return for revision",
      "Sign off",
    ])
      checkEqual(
        await ctx.pane.getByRole("button", { name, exact: true }).count(),
        0,
        `There should be no "${name}" button on a read-only record.`,
      );
    check(
      await ctx.pane.getByRole("textbox", { name: "Date of first submission" }).isDisabled(),
      "The dates should be read-only.",
    );
    await ctx.pane.getByText("Read-only: not saved").waitFor();
    await ctx.pane.getByText(/Answer: Yes/).scrollIntoViewIfNeeded();
    await ctx.screenshot("read-only-answers");

    await ctx.page.waitForTimeout(1000);
    const parts = await ctx.host<{ namespaceUri: string; xml: string }[]>("customXmlParts");
    checkEqual(
      parts.filter((p) => p.namespaceUri === QA_NAMESPACE).map((p) => p.xml),
      [V3],
      "The newer record must be left exactly as it was.",
    );
  },
};
