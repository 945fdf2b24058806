import type { BlockPart } from "../core/model/types";
import { mapBlocks, type MappedBlock } from "./block-map";

/**
 * The header and footer stories of a document, numbered as the .docx reader numbers them
 * (src/docx/read/docx.ts): section by section, each section's primary ("default"), first-page and
 * even-page story in that order; header blocks h0, h1, ... and footer blocks f0, f1, ... counted
 * across all of them. read-document.ts, apply-plan.ts and select.ts all go through here, so a
 * block id means the same block to each of them.
 *
 * Office.js cannot say whether a story exists or is linked to the previous section's, so:
 * - a story whose paragraphs are all blank is left out (Word gives an empty story for a header
 *   that was never made);
 * - a later section's story with exactly the paragraphs of the same story in the section before
 *   is taken to be linked to it (Word's default for a new section) and left out, as the .docx
 *   reader reads a shared header part once. Two separate stories with the same text are read as
 *   one: an edit changes the first, and the next read shows the other with the old text.
 */

export type StoryType = "Primary" | "FirstPage" | "EvenPages";
export const STORY_TYPES: readonly StoryType[] = ["Primary", "FirstPage", "EvenPages"];

type StoryPart = Exclude<BlockPart, "body">;

/** One header or footer story, with its paragraphs and tables queued for loading. */
export interface StoryLoad {
  part: StoryPart;
  section: number;
  type: StoryType;
  paragraphs: Word.ParagraphCollection;
  tables: Word.TableCollection;
}

/** A story that holds blocks, with the ids they have. */
export interface LaidOutStory {
  load: StoryLoad;
  /** Its top-level tables in order (MappedBlock.tableIndex indexes this). */
  tables: Word.Table[];
  blocks: MappedBlock[];
}

export type StoryLayout = { ok: true; stories: LaidOutStory[] } | { ok: false; reason: string };

/** What every reader of the stories loads on each paragraph. */
const BASE = [
  "text",
  "tableNestingLevel",
  "parentTableCellOrNullObject/rowIndex",
  "parentTableCellOrNullObject/cellIndex",
];

/**
 * Queues the loads of the header and footer stories: made before the first sync (the section list
 * and the first section's six stories), `queueRest()` after it (the other sections' stories, for
 * one more sync; most documents have one section and need none).
 */
export class StoryReader {
  readonly first: StoryLoad[];
  readonly rest: StoryLoad[] = [];
  private readonly sections: Word.SectionCollection;
  private readonly props: string;

  constructor(
    document: Word.Document,
    extra: readonly string[] = [],
    private readonly types: readonly StoryType[] = STORY_TYPES,
  ) {
    this.props = [...BASE, ...extra].map((p) => `items/${p}`).join(",");
    this.sections = document.sections.load("items");
    this.first = this.queue(document.sections.getFirst(), 0);
  }

  /** After the first sync: queue every other section's stories. False when there are none. */
  queueRest(): boolean {
    const items = this.sections.items;
    if (this.rest.length > 0 || items.length < 2) return false;
    for (let i = 1; i < items.length; i++) this.rest.push(...this.queue(items[i], i));
    return true;
  }

  private queue(section: Word.Section, index: number): StoryLoad[] {
    const out: StoryLoad[] = [];
    for (const part of ["header", "footer"] as const) {
      for (const type of this.types) {
        const body = part === "header" ? section.getHeader(type) : section.getFooter(type);
        out.push({
          part,
          section: index,
          type,
          paragraphs: body.paragraphs.load(this.props),
          tables: body.tables.load("items/values,items/nestingLevel"),
        });
      }
    }
    return out;
  }
}

/** The cell a loaded paragraph sits in, if any. */
export function cellOf(p: Word.Paragraph): { row: number; column: number } | undefined {
  const cell = p.parentTableCellOrNullObject;
  return cell.isNullObject ? undefined : { row: cell.rowIndex, column: cell.cellIndex };
}

/**
 * Number the blocks of loaded stories (in the order they were queued: section by section), leaving
 * out blank stories and stories taken to be linked to the previous section's.
 */
export function layOutStories(loads: readonly StoryLoad[]): StoryLayout {
  const next = { header: 0, footer: 0 };
  const seen = new Map<string, string>();
  const stories: LaidOutStory[] = [];
  for (const load of loads) {
    const items = load.paragraphs.items;
    const signature = JSON.stringify(items.map((p) => [p.text, p.tableNestingLevel]));
    seen.set(`${load.part}:${load.type}:${load.section}`, signature);
    if (items.every((p) => p.text.trim() === "")) continue;
    if (seen.get(`${load.part}:${load.type}:${load.section - 1}`) === signature) continue;
    const tables = load.tables.items.filter((t) => t.nestingLevel === 1);
    const map = mapBlocks(
      items.map((p) => ({ tableNestingLevel: p.tableNestingLevel, cell: cellOf(p) })),
      tables.length,
      load.part === "header" ? "h" : "f",
      next[load.part],
    );
    if (!map.ok) return { ok: false, reason: `In a ${load.part}: ${map.reason}` };
    next[load.part] += map.blocks.length;
    stories.push({ load, tables, blocks: map.blocks });
  }
  return { ok: true, stories };
}

/**
 * After the first sync: lay out the first section's stories, and if any of `ids` is not among
 * their blocks and the document has more sections, read those too (one more sync).
 */
export async function layOutFor(
  reader: StoryReader,
  ids: readonly string[],
  context: Word.RequestContext,
): Promise<StoryLayout> {
  const layout = layOutStories(reader.first);
  const missing =
    layout.ok && ids.some((id) => !layout.stories.some((s) => s.blocks.some((b) => b.id === id)));
  if (!missing || !reader.queueRest()) return layout;
  await context.sync();
  return layOutStories([...reader.first, ...reader.rest]);
}

/**
 * Which story types this Word can read. Some Word builds fail on first-page and even-page stories;
 * once the reader has seen that (readDocument), every reader keeps to primary stories, so block
 * ids stay the same between reading and applying.
 */
let readableTypes: readonly StoryType[] = STORY_TYPES;

export function storyTypes(): readonly StoryType[] {
  return readableTypes;
}

export function readPrimaryStoriesOnly(): void {
  readableTypes = ["Primary"];
}
