/**
 * How the pane reads config/organisation.json (src/taskpane/config/load.ts) and what its error log
 * keeps (src/taskpane/config/error-log.ts). The fetch is injected: no server.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtInSettings } from "../../../src/core/config";
import { describeError, logError, recentErrors } from "../../../src/taskpane/config/error-log";
import { ORGANISATION_FILE, loadOrganisation } from "../../../src/taskpane/config/load";

const EXAMPLE = readFileSync(join(__dirname, "../../../config/organisation.example.json"), "utf8");

function answering(status: number, body = "", type = "application/json") {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetchImpl = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(status === 204 ? null : body, {
      status,
      headers: { "content-type": type },
    });
  };
  return { fetchImpl, calls };
}

describe("loading the organisation file in the pane", () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it("asks its own origin (a relative URL), revalidating each time", async () => {
    const { fetchImpl, calls } = answering(200, EXAMPLE);
    const load = await loadOrganisation(fetchImpl);
    expect(calls).toEqual([
      { url: "config/organisation.json", init: { cache: "no-cache", credentials: "same-origin" } },
    ]);
    expect(ORGANISATION_FILE).toBe("config/organisation.json");
    expect(load.problems).toEqual([]);
    expect(load.settings.defaultPackId).toBe("anytown-dhr");
  });

  it("404: no organisation file, the built-in settings, silently", async () => {
    const load = await loadOrganisation(answering(404, "Not found", "text/plain").fetchImpl);
    expect(load).toEqual({ settings: builtInSettings(), problems: [] });
    expect(warn).not.toHaveBeenCalled();
  });

  it("an HTML page in its place (a host's catch-all page) counts as no file", async () => {
    const load = await loadOrganisation(
      answering(200, "<!doctype html><p>Home</p>", "text/html; charset=utf-8").fetchImpl,
    );
    expect(load.problems).toEqual([]);
  });

  it("invalid JSON: the built-in settings and the problem", async () => {
    const load = await loadOrganisation(answering(200, "{ not json").fetchImpl);
    expect(load.settings).toEqual(builtInSettings());
    expect(load.problems.map((p) => p.path)).toEqual(["(file)"]);
  });

  it("a server error: the built-in settings, the problem, and a log line without content", async () => {
    const load = await loadOrganisation(answering(500, "secret body").fetchImpl);
    expect(load.settings).toEqual(builtInSettings());
    expect(load.problems).toEqual([
      { path: "(file)", message: "could not be loaded (the server answered 500)" },
    ]);
    expect(warn).toHaveBeenCalledWith(
      "IMR Assistant: loading the organisation file failed (HttpError, code 500).",
    );
  });

  it("no answer at all: the built-in settings and the problem", async () => {
    const load = await loadOrganisation(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(load.problems[0].message).toMatch(/did not answer/);
    expect(recentErrors().at(-1)).toMatchObject({
      action: "loading the organisation file",
      name: "TypeError",
    });
  });
});

describe("the error log keeps no document text", () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it("keeps the name and code, never the message", () => {
    const error = Object.assign(new Error('Could not find "Jane Smith was seen at home"'), {
      name: "RichApi.Error",
      code: "ItemNotFound",
    });
    const record = logError("going to a finding", error);
    expect(record).toMatchObject({
      action: "going to a finding",
      name: "RichApi.Error",
      code: "ItemNotFound",
    });
    expect(JSON.stringify(recentErrors())).not.toContain("Jane");
    expect(JSON.stringify(warn.mock.calls)).not.toContain("Jane");
  });

  it("drops a name or code that could be text", () => {
    expect(describeError({ name: "Jane Smith said", code: "see paragraph 3" })).toEqual({
      name: "Object",
    });
    expect(describeError("Jane Smith")).toEqual({ name: "string thrown" });
    expect(describeError(null)).toEqual({ name: "object" });
  });

  it("keeps only the most recent 50", () => {
    for (let i = 0; i < 60; i++) logError("testing", new RangeError("x"));
    expect(recentErrors()).toHaveLength(50);
  });
});
