/** Style, numbering and content-control ids shared by the template parts. */
export const STYLE = {
  normal: "Normal",
  title: "Title",
  heading: (level: number) => `Heading${Math.min(Math.max(level, 1), 3)}`,
  listBullet: "ListBullet",
  /** Guidance paragraphs: red italic in the style as well as on every run. */
  guidance: "GuidanceNote",
  guidanceBullet: "GuidanceBullet",
  tableGrid: "TableGrid",
  header: "Header",
  footer: "Footer",
  marking: "ProtectiveMarking",
} as const;

/** The bullet list's w:num id in numbering.xml. */
export const BULLET_NUM_ID = 1;

/** Hands out w:id values for content controls: unique within the document, deterministic. */
export class IdSource {
  private next: number;
  constructor(start = 100001) {
    this.next = start;
  }
  take(): number {
    return this.next++;
  }
}
