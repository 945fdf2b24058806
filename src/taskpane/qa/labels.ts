import type { QaStatus } from "../../core/qa/schema";

/** Words the QA tab shows: kept together so the wording stays consistent. */

/** The first words of a criterion, for the tag on a Word comment ("[QA: Report includes chronology…]"). */
export function shortCriterion(text: string, words = 6): string {
  const all = text.replace(/\s+/g, " ").trim().split(" ");
  const short = all
    .slice(0, words)
    .join(" ")
    .replace(/[.,;:]+$/, "");
  return all.length > words ? `${short}…` : short;
}

/** The text of the Word comment: tagged with the criterion it is about, if any. */
export function commentText(comment: string, criterionText?: string): string {
  const tag = criterionText ? shortCriterion(criterionText) : "General";
  return `[QA: ${tag}] ${comment.replace(/\s+/g, " ").trim()}`;
}

/** Who did something: "Jane Smith, Head of Safeguarding" (or just the name). */
export function byLine(name: string, role: string): string {
  const n = name.trim();
  const r = role.trim();
  return n && r ? `${n}, ${r}` : n;
}

/** An ISO time as the pane shows it: "05/03/2024 at 10:00" (the reader's own time zone). */
export function whenText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const date = d.toLocaleDateString("en-GB", { day: "2-digit", month: "2-digit", year: "numeric" });
  const time = d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return `${date} at ${time}`;
}

/** The button that moves the record to `to` (from `from`). */
export function transitionLabel(from: QaStatus, to: QaStatus): string {
  switch (to) {
    case "submitted-for-qa":
      return from === "returned-for-revision"
        ? "Resubmit for quality assurance"
        : "Submit for quality assurance";
    case "returned-for-revision":
      return "Return for revision";
    case "approved":
      return "Approve";
    case "draft":
      return "Withdraw to draft";
  }
}

/** Which status changes each person makes: the author submits and withdraws; the reviewer decides. */
export function transitionIsFor(to: QaStatus, view: "reviewer" | "author"): boolean {
  if (view === "reviewer") return true;
  return to === "submitted-for-qa" || to === "draft";
}

/** "9 of 15 criteria answered" */
export function progressText(answered: number, total: number): string {
  return `${answered} of ${total} ${total === 1 ? "criterion" : "criteria"} answered`;
}
