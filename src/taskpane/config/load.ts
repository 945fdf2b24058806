import type { OrganisationLoad } from "../../core/config";
import type { InputProblem } from "../../core/validation";
import { logError } from "./error-log";

/**
 * Reading the organisation file (config/organisation.json) from the pane's own origin. A relative
 * URL, so it is always the server the pane itself came from: no other server is ever asked.
 */
export const ORGANISATION_FILE = "config/organisation.json";

export type FileFetch =
  { kind: "absent" } | { kind: "text"; text: string } | { kind: "failed"; problem: InputProblem };

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * Fetch the file. 404 (or 410) means the organisation has none. So does an HTML page in its place
 * (hosts that answer every unknown path with their home page). `no-cache` makes the browser ask
 * the server each time, so an administrator's change reaches authors the next time the pane opens.
 */
export async function fetchOrganisationFile(fetchImpl: Fetch = fetch): Promise<FileFetch> {
  let response: Response;
  try {
    response = await fetchImpl(ORGANISATION_FILE, {
      cache: "no-cache",
      credentials: "same-origin",
    });
  } catch (e) {
    logError("loading the organisation file", e);
    return {
      kind: "failed",
      problem: { path: "(file)", message: "could not be loaded (the server did not answer)" },
    };
  }
  if (response.status === 404 || response.status === 410) return { kind: "absent" };
  if (!response.ok) {
    logError("loading the organisation file", { name: "HttpError", status: response.status });
    return {
      kind: "failed",
      problem: {
        path: "(file)",
        message: `could not be loaded (the server answered ${response.status})`,
      },
    };
  }
  if (/^text\/html\b/i.test(response.headers.get("content-type") ?? "")) return { kind: "absent" };
  return { kind: "text", text: await response.text() };
}

/** The organisation's settings, or the built-in ones and the problems. Never throws. */
export async function loadOrganisation(fetchImpl: Fetch = fetch): Promise<OrganisationLoad> {
  const file = await fetchOrganisationFile(fetchImpl);
  // The packs, the schema and the rule list load on demand: they are not part of the pane's
  // first download.
  const core = await import(/* webpackChunkName: "organisation" */ "../../core/config");
  if (file.kind === "absent") return { settings: core.builtInSettings(), problems: [] };
  if (file.kind === "failed") return { settings: core.builtInSettings(), problems: [file.problem] };
  return core.parseOrganisationJson(file.text);
}
