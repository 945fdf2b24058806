import { detectCapabilities, missingCapabilityMessages } from "../../src/word/capabilities";
import { setUp, tearDown } from "./helpers";

afterEach(tearDown);

describe("capabilities", () => {
  it("reads the requirement sets Word reports", () => {
    setUp({ requirementSets: { WordApi: "1.3" } });
    expect(detectCapabilities()).toEqual({
      core: true,
      comments: false,
      customXml: false,
      paragraphEvents: false,
      annotations: false,
      fileAccess: false,
    });
    tearDown();
    setUp({ requirementSets: { WordApi: "1.8", File: "1.1" } });
    expect(detectCapabilities()).toEqual({
      core: true,
      comments: true,
      customXml: true,
      paragraphEvents: true,
      annotations: true,
      fileAccess: true,
    });
  });

  it("reports nothing outside Office, and says plainly what an older Word cannot do", () => {
    expect(detectCapabilities().core).toBe(false);
    const messages = missingCapabilityMessages({
      core: true,
      comments: false,
      customXml: false,
      paragraphEvents: false,
      annotations: false,
      fileAccess: false,
    });
    expect(messages.join(" ")).toMatch(/does not report edits as you type/);
  });
});

describe("onDocumentChanged", () => {
  it("uses paragraph events with WordApi 1.6 and stops after unsubscribe", async () => {
    const { host, gateway } = setUp({ paragraphs: ["Hello"] });
    let calls = 0;
    const stop = gateway.onDocumentChanged(() => (calls += 1));
    await new Promise((r) => setTimeout(r, 0));
    await host.settle();
    expect(host.handlerCount()).toEqual({ paragraph: 3, selection: 0 });
    host.typeInto(0, " there");
    await host.settle();
    expect(calls).toBe(1);
    host.appendParagraph("More");
    await host.settle();
    expect(calls).toBeGreaterThanOrEqual(2);
    stop();
    await new Promise((r) => setTimeout(r, 0));
    const before = calls;
    host.typeInto(0, "!");
    await host.settle();
    expect(calls).toBe(before);
    expect(host.handlerCount().paragraph).toBe(0);
  });

  it("falls back to selection-changed events with WordApi 1.3", async () => {
    const { host, gateway } = setUp({ paragraphs: ["Hello"], requirementSets: { WordApi: "1.3" } });
    let calls = 0;
    const stop = gateway.onDocumentChanged(() => (calls += 1));
    await new Promise((r) => setTimeout(r, 0));
    expect(host.handlerCount()).toEqual({ paragraph: 0, selection: 1 });
    host.typeInto(0, " there");
    await host.settle();
    expect(calls).toBe(1);
    stop();
    await new Promise((r) => setTimeout(r, 0));
    expect(host.handlerCount().selection).toBe(0);
  });

  it("removes the handlers even when unsubscribed before registration finished", async () => {
    const { host, gateway } = setUp();
    const stop = gateway.onDocumentChanged(() => undefined);
    stop();
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(host.handlerCount()).toEqual({ paragraph: 0, selection: 0 });
  });
});
