import type { BlockSnapshot, TableSnapshot } from "../../fakes/word-host";
import { check, checkEqual, type Scenario } from "../context";

/** A draft that still uses real names: paragraphs, a possessive, a title, a chronology table. */
export const DRAFT_WITH_NAMES = [
  { text: "Introduction", style: "Heading1" },
  "Joanne Bloggs was registered with Dr Smith in 2019.",
  "Joanne's neighbour called the police; Dr Smith saw Joanne Bloggs the next day.",
  { text: "Chronology", style: "Heading1" },
  {
    table: [
      ["Date", "Time", "Source of evidence", "Event"],
      ["03/02/2021", "10:00", "GP record", "Dr Smith saw Joanne Bloggs."],
    ],
    headerRows: 1,
  },
  "The agency will review its training.",
];

const REGISTER_NAMESPACE = "urn:imr-assistant:register";

export const scenario: Scenario = {
  name: "anonymises a draft: register from the names found, preview, untick one, replace, key to initials",
  async run(ctx) {
    await ctx.open({ host: { blocks: DRAFT_WITH_NAMES } });
    await ctx.pane.getByRole("tab", { name: "Anonymise" }).click();
    await ctx.pane.getByTestId("register-warning").waitFor();
    await ctx.screenshot("empty-register");

    // 1. The register, built from the names the checks find.
    await ctx.pane.getByRole("button", { name: "Find names in the document" }).click();
    const found = ctx.pane.getByTestId("suggestions");
    await found.waitFor();
    const listed = await found.innerText();
    check(
      listed.includes("Joanne Bloggs") && listed.includes("Dr Smith"),
      `The names found should include Joanne Bloggs and Dr Smith; the list says "${listed}"`,
    );
    await ctx.screenshot("names-found");

    await ctx.pane.getByRole("radio", { name: /Pseudonyms/ }).check();
    await ctx.pane.getByRole("button", { name: "Add Joanne Bloggs as Adult A" }).click();
    await ctx.pane.getByRole("radio", { name: /Initials/ }).check();
    await ctx.pane.getByRole("button", { name: "Add Dr Smith as Dr S" }).click();
    const registerList = ctx.pane.getByTestId("register-list");
    await registerList.getByText("Dr Smith").waitFor();
    const people = await registerList.innerText();
    check(
      people.includes("Adult A") && people.includes("Joanne Bloggs") && people.includes("Dr S"),
      `The register should list Adult A (Joanne Bloggs) and Dr S (Dr Smith); it says "${people}"`,
    );
    await ctx.page.waitForFunction((ns) => {
      const host = (
        window as unknown as {
          imrHost?: { customXmlParts(): { namespaceUri: string; xml: string }[] };
        }
      ).imrHost;
      const part = host?.customXmlParts().find((p) => p.namespaceUri === ns);
      return !!part && part.xml.includes("Dr Smith") && part.xml.includes("Joanne Bloggs");
    }, REGISTER_NAMESPACE);
    await registerList.scrollIntoViewIfNeeded();
    await ctx.screenshot("register-built");

    // 2. The preview: every place, grouped by person; untick the possessive.
    await ctx.pane.getByRole("button", { name: "Preview the replacements" }).click();
    const summary = ctx.pane.getByTestId("preview-summary");
    await summary.waitFor();
    checkEqual(
      await summary.innerText(),
      "7 places to change.",
      "The preview should find 7 places.",
    );
    const joanne = ctx.pane.getByRole("group", { name: "Joanne Bloggs → Adult A" });
    const smith = ctx.pane.getByRole("group", { name: "Dr Smith → Dr S" });
    checkEqual(await joanne.getByRole("checkbox").count(), 4, "Joanne Bloggs is in 4 places.");
    checkEqual(await smith.getByRole("checkbox").count(), 3, "Dr Smith is in 3 places.");
    await ctx.screenshot("preview");
    const wide = await ctx.pane.locator("html").evaluate((html) => {
      const limit = html.clientWidth;
      return [...document.querySelectorAll("#imr-panel-anonymise *")]
        .filter((el) => el.getBoundingClientRect().right > limit + 0.5)
        .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`)
        .slice(0, 5);
    });
    checkEqual(wide, [], "Nothing in the preview should be wider than the pane.");

    const possessive = joanne.getByRole("checkbox", { name: /\[Joanne\]'s neighbour/ });
    await possessive.uncheck();
    await ctx.pane.getByRole("button", { name: "Replace 6 names" }).waitFor();
    await possessive.scrollIntoViewIfNeeded();
    await ctx.screenshot("one-unticked");

    // 3. Replace, in one batch; the check runs again with the register's names.
    await ctx.pane.getByRole("button", { name: "Replace 6 names" }).click();
    const result = ctx.pane.getByTestId("anonymise-result");
    await result.waitFor();
    const said = await result.innerText();
    check(
      said.includes("Replaced 6 names") && said.includes("1 name from the register is still"),
      `The result should say 6 were replaced and 1 is left; it says "${said}"`,
    );
    const text = await ctx.host<string[]>("bodyText");
    checkEqual(
      text,
      [
        "Introduction",
        "Adult A was registered with Dr S in 2019.",
        "Joanne's neighbour called the police; Dr S saw Adult A the next day.",
        "Chronology",
        "Date",
        "Time",
        "Source of evidence",
        "Event",
        "03/02/2021",
        "10:00",
        "GP record",
        "Dr S saw Adult A.",
        "The agency will review its training.",
      ],
      "Every name but the unticked one should be replaced, and nothing else changed.",
    );
    await result.scrollIntoViewIfNeeded();
    await ctx.screenshot("replaced");

    // 4. The key to initials, at the end of the document.
    await ctx.pane.getByRole("button", { name: "Insert the key to initials" }).click();
    await ctx.pane.getByTestId("key-result").waitFor();
    const blocks = await ctx.host<BlockSnapshot[]>("blocks");
    const tables = blocks.filter((b): b is TableSnapshot => b.kind === "table");
    checkEqual(
      tables[tables.length - 1]?.values,
      [
        ["Code or initials", "Real name", "Role"],
        ["Adult A", "Joanne Bloggs", "Other"],
        ["Dr S", "Dr Smith", "Other"],
      ],
      "The key should list each code with the real name, sorted by code.",
    );
    const headingBefore = blocks[blocks.indexOf(tables[tables.length - 1]) - 1];
    check(
      headingBefore?.kind === "paragraph" && /key to initials/i.test(headingBefore.text),
      `The key should have its own heading; the paragraph before it is ${JSON.stringify(headingBefore)}`,
    );
    await ctx.pane.getByTestId("key-result").scrollIntoViewIfNeeded();
    await ctx.screenshot("key-inserted");

    // The key exists to list the real names: a new preview leaves it alone.
    await ctx.pane.getByRole("button", { name: "Preview the replacements" }).click();
    await ctx.pane.getByTestId("preview-summary").waitFor();
    checkEqual(
      await ctx.pane.getByTestId("preview-summary").innerText(),
      "1 place to change.",
      "Only the kept name should be left to change; the key to initials is not anonymised.",
    );
    await ctx.documentScreenshot("after");
  },
};
