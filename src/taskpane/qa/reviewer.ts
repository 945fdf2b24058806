/**
 * Who is using the QA tab: name, role and whether they are the author or the QA reviewer. Kept in
 * sessionStorage only (gone when Word closes the pane's session), never in localStorage: a name is
 * not document text, but nothing about the review outlives the session outside the document.
 */

export type QaView = "reviewer" | "author";

export interface Reviewer {
  name: string;
  role: string;
  view: QaView;
}

const KEY = "imr.qa.reviewer";

export function loadReviewer(storage: Pick<Storage, "getItem"> | undefined = session()): Reviewer {
  const none: Reviewer = { name: "", role: "", view: "reviewer" };
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return none;
    const data = JSON.parse(raw) as Partial<Reviewer>;
    return {
      name: typeof data.name === "string" ? data.name : "",
      role: typeof data.role === "string" ? data.role : "",
      view: data.view === "author" ? "author" : "reviewer",
    };
  } catch {
    return none;
  }
}

export function saveReviewer(
  reviewer: Reviewer,
  storage: Pick<Storage, "setItem"> | undefined = session(),
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(reviewer));
  } catch {
    // Storage may be switched off: the details then last until the pane closes.
  }
}

function session(): Storage | undefined {
  try {
    return typeof sessionStorage === "undefined" ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}
