/** What the stripper found (and, for stripGuidance, removed). No full texts: first words only. */

/** Where in the document: body text, a table in the body, a page header or footer, a note. */
export type GuidanceWhere = "body" | "table" | "header" | "footer" | "footnote" | "endnote";

/** A tagged guidance content control, or red italic text outside one. */
export type GuidanceKind = "tagged-control" | "red-italic";

export interface GuidanceNoteFound {
  kind: GuidanceKind;
  where: GuidanceWhere;
  /** The package part, e.g. "word/document.xml", "word/header1.xml". */
  part: string;
  /** Text of the nearest heading before the note (body and body tables only). */
  section?: string;
  /** Up to 12 words of the note, "…" when cut; "" for a control that held no guidance text. */
  firstWords: string;
  /** Characters of guidance text in the note. */
  characters: number;
  /** The content-control tag (tagged controls only). */
  tag?: string;
  /** True where the author had typed their own text inside the control: that text is kept. */
  authorTextKept?: boolean;
  /** "deleted" when the guidance sat inside a tracked deletion, "inserted" inside an insertion. */
  tracked?: "inserted" | "deleted";
}

/**
 * Text that looks like guidance but is not both red and italic (or is a red not on the list), or
 * red italic text inside a text box or shape (not cleaned): reported for the author to check,
 * never removed.
 */
export type AmbiguityReason = "red-not-italic" | "italic-not-red" | "unlisted-red" | "in-text-box";

export interface AmbiguousText {
  reason: AmbiguityReason;
  where: GuidanceWhere;
  part: string;
  section?: string;
  firstWords: string;
  /** The font colour (hex), for red-not-italic and unlisted-red. */
  colour?: string;
  italic: boolean;
}

/** A tagged note whose guidance text differs from its template's: the text typed in it goes too. */
export interface EditedNote {
  tag: string;
  where: GuidanceWhere;
  part: string;
  section?: string;
  /** The whole text that is removed with the note, a line per paragraph. */
  text: string;
}

export interface GuidanceReport {
  /** Number of guidance notes found (removed by stripGuidance). */
  count: number;
  notes: GuidanceNoteFound[];
  ambiguous: AmbiguousText[];
  /** Comments whose whole anchored range was guidance (removed with it). */
  commentsRemoved: number;
  /** Parts the stripper changed (stripGuidance) or would change (findGuidance). */
  partsChanged: string[];
  /** Only when the options gave `packs`: tagged notes whose text differs from the template's. */
  editedNotes?: EditedNote[];
}

export const FIRST_WORDS = 12;

/** The first `FIRST_WORDS` words of `text`, whitespace collapsed, "…" when cut. */
export function firstWords(text: string, max = FIRST_WORDS): string {
  const words = text.split(/\s+/).filter((w) => w !== "");
  return words.length > max ? `${words.slice(0, max).join(" ")} …` : words.join(" ");
}

const REASON_TEXT: Record<AmbiguityReason, string> = {
  "red-not-italic": "red but not italic",
  "italic-not-red": "italic but not red",
  "unlisted-red": "a red that is not on the guidance list",
  "in-text-box": "red italic text in a text box or shape, which is not cleaned: remove it by hand",
};

const WHERE_TEXT: Record<GuidanceWhere, string> = {
  body: "body",
  table: "table",
  header: "page header",
  footer: "page footer",
  footnote: "footnote",
  endnote: "endnote",
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One-line summary, e.g. "Removed 12 guidance notes (10 content controls, 2 red italic)." */
export function summariseReport(report: GuidanceReport, verb = "Removed"): string {
  const tagged = report.notes.filter((n) => n.kind === "tagged-control").length;
  const red = report.count - tagged;
  const parts = [`${verb} ${plural(report.count, "guidance note", "guidance notes")}`];
  if (report.count > 0)
    parts.push(` (${plural(tagged, "content control", "content controls")}, ${red} red italic)`);
  if (report.commentsRemoved > 0)
    parts.push(` and ${plural(report.commentsRemoved, "comment", "comments")} on them`);
  return `${parts.join("")}.`;
}

/** The full report as lines of text, grouped by section: what `imr clean --report` prints. */
export function formatReport(report: GuidanceReport, verb = "Removed"): string[] {
  const lines: string[] = [summariseReport(report, verb)];
  let lastSection: string | undefined | null = null;
  for (const n of report.notes) {
    const section =
      n.section ??
      (n.where === "header" || n.where === "footer"
        ? WHERE_TEXT[n.where]
        : "before the first heading");
    if (section !== lastSection) {
      lines.push(
        `  ${n.section ? `Section "${n.section}"` : section[0].toUpperCase() + section.slice(1)}:`,
      );
      lastSection = section;
    }
    const how = n.kind === "tagged-control" ? "content control" : "red italic";
    const extra = [
      n.where !== "body" ? WHERE_TEXT[n.where] : "",
      n.tracked ? `tracked ${n.tracked === "deleted" ? "deletion" : "insertion"}` : "",
      n.authorTextKept ? "your own text inside it kept" : "",
    ]
      .filter((s) => s !== "")
      .join(", ");
    const words = n.firstWords ? `"${n.firstWords}"` : "(no text)";
    lines.push(`    - ${words} [${how}${extra ? `; ${extra}` : ""}]`);
  }
  const edited = report.editedNotes ?? [];
  if (edited.length > 0) {
    lines.push(
      `${plural(edited.length, "note differs", "notes differ")} from the template: what was typed in ${edited.length === 1 ? "it" : "them"} goes too (check the draft):`,
    );
    for (const e of edited) {
      const where = e.section
        ? ` [section "${e.section}"]`
        : e.where !== "body"
          ? ` [${WHERE_TEXT[e.where]}]`
          : "";
      lines.push(`    - ${e.tag}${where}:`);
      for (const line of e.text.split("\n")) lines.push(`        ${line}`);
    }
  }
  if (report.ambiguous.length === 0) {
    lines.push("Nothing else looked like guidance.");
  } else {
    lines.push(
      `${plural(report.ambiguous.length, "passage looks", "passages look")} like guidance but ${report.ambiguous.length === 1 ? "was" : "were"} kept (check ${report.ambiguous.length === 1 ? "it" : "them"}):`,
    );
    for (const a of report.ambiguous) {
      const where = [
        a.section ? `section "${a.section}"` : "",
        a.where !== "body" ? WHERE_TEXT[a.where] : "",
      ]
        .filter((s) => s !== "")
        .join(", ");
      const colour = a.colour ? ` (#${a.colour}${a.italic ? ", italic" : ""})` : "";
      lines.push(
        `    - "${a.firstWords}": ${REASON_TEXT[a.reason]}${colour}${where ? ` [${where}]` : ""}`,
      );
    }
  }
  return lines;
}
