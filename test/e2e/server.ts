import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

/** A static file server for the e2e build: plain http on 127.0.0.1, a free port. */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".ico": "image/x-icon",
};

/**
 * The organisation file the pane fetches (config/organisation.json) is never taken from the build:
 * the server answers with the fixture test/e2e/fixtures/organisation/<name>.json that the cookie
 * ORGANISATION_COOKIE names (see that folder's serve.ts), and with 404 ("no organisation file", as on
 * most deployments) when there is no cookie.
 */
export const ORGANISATION_PATH = "/config/organisation.json";
export const ORGANISATION_COOKIE = "imr-e2e-organisation";
const ORGANISATION_FIXTURES = join(__dirname, "fixtures", "organisation");

function organisationFixture(cookie: string | undefined): string | undefined {
  const name = new RegExp(`(?:^|;\\s*)${ORGANISATION_COOKIE}=([a-z0-9-]+)`).exec(cookie ?? "")?.[1];
  return name ? join(ORGANISATION_FIXTURES, `${name}.json`) : undefined;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const base = normalize(root + sep);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end("Bad request");
      return;
    }
    if (rel.endsWith("/")) rel += "index.html";
    const organisation = rel === ORGANISATION_PATH;
    const file = organisation
      ? (organisationFixture(req.headers.cookie) ?? "/nonexistent")
      : normalize(join(base, rel));
    if (!organisation && !file.startsWith(base)) {
      res.writeHead(403).end("Forbidden");
      return;
    }
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error("not a file");
      size = st.size;
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": size,
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
