import { readFileSync } from "node:fs";
import { readDocx } from "../../../src/docx";
import { check, checkEqual, type Scenario } from "../context";
import {
  checkCleanCopy,
  draftDocx,
  guidanceControlCount,
  insertTemplateAndWrite,
  openSubmitTab,
  prepare,
  serveFile,
} from "./30-submit-clean-copy";

/**
 * Where Word gives the file but cannot open another document window, the clean copy is
 * downloaded instead, and the pane says so (and why).
 */
export const scenario: Scenario = {
  name: "Submit: the clean copy is downloaded when Word cannot open it in a new window",
  async run(ctx) {
    await ctx.open({ host: { requirementSets: { WordApi: "1.6", File: "1.1" } } });
    await insertTemplateAndWrite(ctx);
    await serveFile(ctx, await draftDocx());
    await ctx.page.evaluate(() => {
      (
        window as unknown as { imrHost: { refuseOpenDocument?: string } }
      ).imrHost.refuseOpenDocument = "This Word can't open another document window";
    });
    const controls = await guidanceControlCount(ctx);

    await openSubmitTab(ctx);
    await prepare(ctx);
    await ctx.pane.getByRole("checkbox", { name: /^Submit anyway/ }).check();
    const download = ctx.page.waitForEvent("download");
    await ctx.pane.getByRole("button", { name: "Create a clean copy" }).click();
    const file = await download;
    check(
      /^imr-report-clean-copy-\d{4}-\d{2}-\d{2}\.docx$/.test(file.suggestedFilename()),
      `The download should be named for a clean copy; it is "${file.suggestedFilename()}".`,
    );
    const result = ctx.pane.getByTestId("submit-result");
    await result.waitFor();
    const text = await result.innerText();
    check(
      text.includes("The clean copy was downloaded instead") &&
        text.includes("can't open another document window") &&
        text.includes(file.suggestedFilename()),
      `The pane should say the copy was downloaded, why, and under what name; it says: ${text}`,
    );
    await result.scrollIntoViewIfNeeded();
    await ctx.screenshot("downloaded");

    const path = await file.path();
    checkCleanCopy(await readDocx(new Uint8Array(readFileSync(path))), "downloaded copy");
    checkEqual(await ctx.host<string[]>("openedDocuments"), [], "Nothing should have opened.");
    checkEqual(await guidanceControlCount(ctx), controls, "The draft should keep its guidance.");
  },
};
