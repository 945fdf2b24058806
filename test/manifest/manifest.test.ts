/**
 * Offline checks of manifest.xml (`npm run validate` uses Microsoft's online service; CI can't rely
 * on that). Checks the structure Office needs for a Word task-pane add-in, that every URL is
 * https, and that every URL under the dev origin names a file the build produces.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from "@xmldom/xmldom";

const ROOT = join(__dirname, "..", "..");
const MANIFEST_PATH = join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

/** Child elements of OfficeApp in the order the 1.1 schema's sequence gives them. */
const SCHEMA_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

type Factory = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<{
  plugins: Array<{
    userOptions?: { filename?: string };
    patterns?: Array<{ from: string; to?: string; transform?: (c: Buffer) => Buffer | string }>;
  }>;
}>;
// webpack.config.js is CommonJS; the test reads the build's outputs from it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as Factory;

function parse(xml: string) {
  const problems: string[] = [];
  try {
    const doc = new DOMParser({
      onError: (level: string, message: string) => {
        problems.push(`${level}: ${message}`);
      },
    }).parseFromString(xml, "text/xml");
    return { doc, problems };
  } catch (err) {
    // Fatal errors stop the parser after onError has recorded them.
    if (problems.length === 0) problems.push(String(err));
    return { doc: undefined, problems };
  }
}

function elementChildren(node: XmlNode): XmlElement[] {
  const out: XmlElement[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 1) out.push(c as XmlElement);
  return out;
}

function allElements(node: XmlNode): XmlElement[] {
  const out: XmlElement[] = [];
  for (const e of elementChildren(node)) out.push(e, ...allElements(e));
  return out;
}

function child(node: XmlNode, localName: string): XmlElement {
  const found = elementChildren(node).find((e) => e.localName === localName);
  if (!found) throw new Error(`<${(node as XmlElement).localName}> has no <${localName}> child`);
  return found;
}

function path(node: XmlNode, ...names: string[]): XmlElement {
  return names.reduce<XmlElement>((n, name) => child(n, name), node as XmlElement);
}

function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (data.subarray(0, 8).toString("hex") !== signature) throw new Error(`${file} is not a PNG`);
  if (data.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file} has no IHDR chunk first`);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const xml = readFileSync(MANIFEST_PATH, "utf8");
const { doc, problems } = parse(xml);
const app = doc?.documentElement as unknown as XmlElement;

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(problems).toEqual([]);
    expect(app).toBeTruthy();
    expect(app.localName).toBe("OfficeApp");
    expect(app.namespaceURI).toBe(NS.app);
  });

  it("is a task-pane add-in", () => {
    expect(app.getAttributeNS(NS.xsi, "type")).toBe("TaskPaneApp");
  });

  it("has the required elements in schema order", () => {
    const names = elementChildren(app).map((e) => e.localName ?? "");
    for (const name of names) {
      expect(SCHEMA_ORDER).toContain(name);
    }
    for (const name of REQUIRED) {
      expect(names).toContain(name);
    }
    const positions = names.map((n) => SCHEMA_ORDER.indexOf(n));
    const sorted = [...positions].sort((a, b) => a - b);
    expect(positions).toEqual(sorted);
    expect(new Set(names).size).toBe(names.length);
  });

  it("has a GUID id, a four-part version and UK English strings within Office's limits", () => {
    expect(child(app, "Id").textContent?.trim()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(child(app, "Version").textContent?.trim()).toBe("1.0.0.0");
    expect(child(app, "ProviderName").textContent?.trim()).toBe("IMR Assistant");
    expect(child(app, "DefaultLocale").textContent?.trim()).toBe("en-GB");
    const displayName = child(app, "DisplayName").getAttribute("DefaultValue") ?? "";
    const description = child(app, "Description").getAttribute("DefaultValue") ?? "";
    expect(displayName).toBe("IMR Assistant");
    expect(displayName.length).toBeLessThanOrEqual(125);
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(250);
  });

  it("targets Word (Document) and needs WordApi 1.3", () => {
    const hosts = elementChildren(child(app, "Hosts"));
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Document"]);
    const sets = path(app, "Requirements", "Sets");
    expect(sets.getAttribute("DefaultMinVersion")).toBe("1.3");
    const set = elementChildren(sets).map((s) => [
      s.getAttribute("Name"),
      s.getAttribute("MinVersion"),
    ]);
    expect(set).toEqual([["WordApi", "1.3"]]);
  });

  it("opens taskpane.html and asks to read and write the document", () => {
    expect(path(app, "DefaultSettings", "SourceLocation").getAttribute("DefaultValue")).toBe(
      `${DEV_URL}taskpane.html`,
    );
    expect(child(app, "Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  });

  it("declares no app domains and no wildcards", () => {
    const domains = elementChildren(app).filter((e) => e.localName === "AppDomains");
    for (const d of domains) {
      for (const a of elementChildren(d)) expect(a.textContent).not.toContain("*");
    }
    expect(xml).not.toMatch(/https?:\/\/\*/);
    expect(domains.flatMap((d) => elementChildren(d))).toEqual([]);
  });

  describe("VersionOverrides", () => {
    const vo = () => child(app, "VersionOverrides");
    const resources = () => child(vo(), "Resources");
    const resourceIds = () => {
      const ids = new Map<string, XmlElement>();
      for (const group of elementChildren(resources())) {
        for (const r of elementChildren(group)) {
          const id = r.getAttribute("id") ?? "";
          if (ids.has(id)) throw new Error(`duplicate resource id "${id}"`);
          ids.set(id, r);
        }
      }
      return ids;
    };
    const formFactor = () => path(vo(), "Hosts", "Host", "DesktopFormFactor");

    it("is VersionOverridesV1_0 for the Document host", () => {
      expect(vo().namespaceURI).toBe(NS.ov);
      expect(vo().getAttributeNS(NS.xsi, "type")).toBe("VersionOverridesV1_0");
      expect(path(vo(), "Hosts", "Host").getAttributeNS(NS.xsi, "type")).toBe("Document");
    });

    it("has a Home-tab button that shows the task pane", () => {
      const tab = elementChildren(child(formFactor(), "ExtensionPoint")).find(
        (e) => e.localName === "OfficeTab",
      );
      expect(tab?.getAttribute("id")).toBe("TabHome");
      const control = path(tab!, "Group", "Control");
      expect(control.getAttributeNS(NS.xsi, "type")).toBe("Button");
      const action = child(control, "Action");
      expect(action.getAttributeNS(NS.xsi, "type")).toBe("ShowTaskpane");
      expect(child(action, "TaskpaneId").textContent?.trim()).toBe("ButtonId1");
      const url = resourceIds().get(child(action, "SourceLocation").getAttribute("resid") ?? "");
      expect(url?.getAttribute("DefaultValue")).toBe(`${DEV_URL}taskpane.html`);
      const label = resourceIds().get(child(control, "Label").getAttribute("resid") ?? "");
      expect(label?.getAttribute("DefaultValue")).toBe("IMR Assistant");
    });

    it("loads commands.html as the function file", () => {
      const url = resourceIds().get(
        child(formFactor(), "FunctionFile").getAttribute("resid") ?? "",
      );
      expect(url?.getAttribute("DefaultValue")).toBe(`${DEV_URL}commands.html`);
    });

    it("resolves every resid, and gives the group and button 16, 32 and 80 pixel icons", () => {
      const ids = resourceIds();
      for (const e of allElements(vo())) {
        const resid = e.getAttribute("resid");
        if (resid) expect([resid, ids.has(resid)]).toEqual([resid, true]);
      }
      const icons = allElements(vo()).filter((e) => e.localName === "Icon");
      expect(icons.length).toBeGreaterThanOrEqual(2);
      for (const icon of icons) {
        expect(elementChildren(icon).map((i) => i.getAttribute("size"))).toEqual([
          "16",
          "32",
          "80",
        ]);
      }
    });

    it("keeps strings within Office's limits (125 short, 250 long)", () => {
      for (const s of elementChildren(child(resources(), "ShortStrings"))) {
        expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(125);
      }
      for (const s of elementChildren(child(resources(), "LongStrings"))) {
        expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(250);
      }
    });

    it("declares icons that are PNGs of their stated sizes", () => {
      const images = elementChildren(child(resources(), "Images"));
      expect(images.length).toBeGreaterThan(0);
      const declared: Array<[string, number]> = [
        [child(app, "IconUrl").getAttribute("DefaultValue") ?? "", 32],
        [child(app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64],
      ];
      for (const img of images) {
        const m = /(\d+)x(\d+)$/.exec(img.getAttribute("id") ?? "");
        expect(m).not.toBeNull();
        declared.push([img.getAttribute("DefaultValue") ?? "", Number(m![1])]);
      }
      for (const [url, size] of declared) {
        expect(url.startsWith(DEV_URL)).toBe(true);
        const file = join(ROOT, url.slice(DEV_URL.length));
        expect([url, existsSync(file)]).toEqual([url, true]);
        expect([url, pngSize(file)]).toEqual([url, { width: size, height: size }]);
      }
    });
  });

  describe("URLs", () => {
    const urls = (() => {
      const out: string[] = [];
      for (const e of allElements(app)) {
        for (const attr of ["DefaultValue", "Value"]) {
          const v = e.getAttribute(attr);
          if (v && /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) out.push(v);
        }
      }
      return out;
    })();

    it("are all https", () => {
      expect(urls.length).toBeGreaterThan(5);
      for (const u of urls) expect(u).toMatch(/^https:\/\//);
    });

    it("name files the build produces", async () => {
      const config = await webpackConfig({}, { mode: "development" });
      const pages = config.plugins
        .map((p) => p.userOptions?.filename)
        .filter((f): f is string => typeof f === "string");
      const copies = config.plugins.flatMap((p) => p.patterns ?? []);
      const copiesAssets = copies.some(
        (p) => p.from === "assets/*.png" && p.to === "assets/[name][ext]",
      );
      expect(copiesAssets).toBe(true);
      for (const u of urls.filter((x) => x.startsWith(DEV_URL))) {
        const rel = u.slice(DEV_URL.length);
        const produced =
          pages.includes(rel) ||
          (rel.startsWith("assets/") && rel.endsWith(".png") && existsSync(join(ROOT, rel)));
        expect([u, produced]).toEqual([u, true]);
      }
    });
  });

  describe("production build", () => {
    const saved = process.env.IMR_ADDIN_URL;
    afterEach(() => {
      if (saved === undefined) delete process.env.IMR_ADDIN_URL;
      else process.env.IMR_ADDIN_URL = saved;
    });

    async function manifestTransform() {
      const config = await webpackConfig({}, { mode: "production" });
      const pattern = config.plugins
        .flatMap((p) => p.patterns ?? [])
        .find((p) => p.from === "manifest.xml");
      expect(pattern?.transform).toBeDefined();
      return pattern!.transform!;
    }

    it("rewrites every dev URL to IMR_ADDIN_URL", async () => {
      process.env.IMR_ADDIN_URL = "https://addins.example.gov.uk/imr";
      const out = String((await manifestTransform())(Buffer.from(xml)));
      expect(out).not.toContain("localhost");
      expect(out).toContain("https://addins.example.gov.uk/imr/taskpane.html");
      expect(parse(out).problems).toEqual([]);
    });

    it("refuses an IMR_ADDIN_URL that isn't https", async () => {
      process.env.IMR_ADDIN_URL = "http://addins.example.gov.uk/";
      await expect(webpackConfig({}, { mode: "production" })).rejects.toThrow(/https/);
    });
  });
});
