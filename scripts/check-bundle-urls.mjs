#!/usr/bin/env node
/**
 * Checks a production build before it is deployed: that it points only at the address it will be
 * served from, and that the pane's own code names no server it could call.
 *
 *   node scripts/check-bundle-urls.mjs --dist dist --url https://addins.example.gov.uk/imr/
 *   add --json for one JSON object ({ problems, urls }) instead of text
 *
 *  1. manifest.xml: every URL starts with --url, except the XML namespace names (xmlns="...").
 *  2. No file in the build mentions "localhost".
 *  3. The HTML pages load nothing from elsewhere but Office's office.js (and name Office's script
 *     host in their Content-Security-Policy).
 *  4. Every http(s) URL in the JavaScript is one of ALLOWED below: names that are never fetched
 *     (XML namespaces, JSON Schema identifiers, React's error-page link). A new URL fails the check
 *     until someone adds it here with the reason it is safe.
 * office-js/ (Microsoft's office.js, in a --env localOfficeJs build) is Microsoft's code, not ours,
 * and is left out. Exit code 0 when clean, 1 with problems, 2 on bad arguments.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

/** URLs the JavaScript may contain, each with why it is never called. */
export const ALLOWED = [
  {
    pattern: /^http:\/\/www\.w3\.org\//,
    reason: "XML/SVG/MathML namespace names (React DOM, XML parser)",
  },
  {
    pattern: /^http:\/\/schemas\.openxmlformats\.org\//,
    reason: "Office Open XML namespace names (.docx parts)",
  },
  {
    pattern: /^http:\/\/schemas\.microsoft\.com\/office\//,
    reason: "Word XML namespace names (.docx parts)",
  },
  {
    pattern: /^http:\/\/purl\.oclc\.org\/ooxml\//,
    reason: "Strict Office Open XML namespace names (.docx parts)",
  },
  {
    pattern: /^https:\/\/stuk\.github\.io\/jszip\/documentation\//,
    reason: "JSZip's error text links to its documentation (shown, never fetched)",
  },
  {
    pattern: /^http:\/\/purl\.org\/dc\//,
    reason: "Dublin Core namespace names (.docx document properties)",
  },
  {
    pattern: /^https?:\/\/json-schema\.org\/draft[-/]/,
    reason: "JSON Schema $schema identifiers in zod (never fetched)",
  },
  {
    pattern: /^http:\/\/\[\$\{/,
    reason: "zod's IPv6 check parses `http://[${address}]` with new URL (never fetched)",
  },
  {
    pattern: /^https:\/\/reactjs\.org\/docs\/error-decoder\.html/,
    reason: "React's production error text links to its error page (shown, never fetched)",
  },
  {
    pattern: /^https:\/\/react\.dev\/errors\//,
    reason: "React's production error text links to its error page (shown, never fetched)",
  },
];

const TEXT_FILE = /\.(html?|js|mjs|css|json|xml|txt|map|svg)$/i;
// Stops at quotes, brackets, white space and ";" (the separator in a Content-Security-Policy).
const URL_IN_TEXT = /https?:\/\/[^\s"'`<>)\\;]+/g;

function walk(dir, root = dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    const rel = relative(root, file).split("\\").join("/");
    if (rel === "office-js") return [];
    return statSync(file).isDirectory() ? walk(file, root) : [rel];
  });
}

/** Check the build in `dist` for `baseUrl`. Returns the problems and every URL found, by file. */
export function checkBundle(dist, baseUrl) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const problems = [];
  const urls = {};
  const files = walk(dist).filter((f) => TEXT_FILE.test(f));
  if (!files.includes("manifest.xml")) problems.push("manifest.xml is missing");
  for (const file of files) {
    const text = readFileSync(join(dist, file), "utf8");
    if (/localhost/i.test(text)) problems.push(`${file} mentions localhost`);
    const found = [...new Set(text.match(URL_IN_TEXT) ?? [])];
    if (found.length > 0) urls[file] = found;
    if (file === "manifest.xml") {
      const namespaces = new Set([...text.matchAll(/xmlns(?::\w+)?="([^"]+)"/g)].map((m) => m[1]));
      for (const u of found)
        if (!u.startsWith(base) && !namespaces.has(u))
          problems.push(`manifest.xml points somewhere else: ${u}`);
      if (!text.includes(`"${base}taskpane.html"`))
        problems.push(`manifest.xml does not load ${base}taskpane.html`);
    } else if (/\.html?$/i.test(file)) {
      for (const u of found)
        if (u !== OFFICE_JS_CDN && u !== OFFICE_ORIGIN)
          problems.push(`${file} names another server: ${u}`);
    } else if (/\.m?js$/i.test(file)) {
      for (const u of found)
        if (!ALLOWED.some((a) => a.pattern.test(u)))
          problems.push(`${file} holds a URL that is not on the allowed list: ${u}`);
    }
  }
  return { problems, urls };
}

function main(argv) {
  const arg = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dist = arg("--dist") ?? "dist";
  const url = arg("--url") ?? process.env.IMR_ADDIN_URL;
  if (!url) {
    console.error("usage: check-bundle-urls.mjs --dist DIR --url https://host/path/ [--json]");
    return 2;
  }
  const result = checkBundle(dist, url);
  if (argv.includes("--json")) console.log(JSON.stringify(result));
  else if (result.problems.length === 0)
    console.log(`${dist}: only ${url} and Office's office.js.`);
  else for (const p of result.problems) console.error(p);
  return result.problems.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  process.exit(main(process.argv.slice(2)));
