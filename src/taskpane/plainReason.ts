/**
 * A reason a person can act on, from an error Word (or the add-in) raised. Never includes
 * document text: Office.js error messages name APIs and states, not content.
 */
export function plainReason(err: unknown): string {
  const code =
    typeof err === "object" && err !== null && "code" in err
      ? String((err as { code: unknown }).code)
      : "";
  const message = err instanceof Error ? err.message : typeof err === "string" ? err : "";
  const both = `${code} ${message}`;
  if (/AccessDenied|read-?only|protect/i.test(both)) {
    return "The document is read-only or protected, so Word won't let the add-in change it. Save a copy you can edit, or ask its owner to remove the protection, then try again.";
  }
  if (/ItemNotFound|InvalidSelection|cursor|selection/i.test(both)) {
    return "Word couldn't insert at the cursor: it may be inside a table, a text box or a heading that can't hold the template. Put the cursor in an ordinary paragraph, or choose Insert at the end.";
  }
  if (/Busy|Timeout|RequestTimedOut|TooManyRequests/i.test(both)) {
    return "Word was busy and didn't respond in time. Wait a moment and try again.";
  }
  const trimmed = message.trim();
  if (trimmed)
    return `Word reported: ${trimmed.replace(/\.?$/, ".")} Try again; if it keeps happening, close and reopen the task pane.`;
  return "Word didn't say why. Try again; if it keeps happening, close and reopen the task pane.";
}
