import type { ApplyResult, Edit, EditPlan } from "../core/edits/plan";
import { isGuidanceTag } from "../core/tags";
import { mapBlocks, parseBlockId, type MappedBlock } from "./block-map";
import { cellText, rangeFor } from "./locate";
import { planSearch, type SearchPlan } from "./search-text";
import { StoryReader, cellOf, layOutFor, storyTypes } from "./stories";

const BLACK = "#000000";

type TextEdit = Extract<Edit, { kind: "replaceText" }>;
type CellEdit = Extract<Edit, { kind: "replaceCellText" }>;
type TableEdit = Exclude<Edit, TextEdit | CellEdit>;

/** Where a block is: the body or a header or footer story, and the block in it. */
interface Found {
  paragraphs: Word.Paragraph[];
  /** The story's top-level tables (block.tableIndex indexes this). */
  tables: Word.Table[];
  /** Whether each paragraph's innermost content control (id, tag) and cell were loaded. */
  withControls: boolean;
  block: MappedBlock;
}

/** Guidance content controls a change replaces the whole of: removed, keeping the new text. */
type Controls = Word.ContentControl[];

const CONTROL_PROPS = [
  "parentContentControlOrNullObject/id",
  "parentContentControlOrNullObject/tag",
];
const CELL_PROPS = [
  "parentTableCellOrNullObject/rowIndex",
  "parentTableCellOrNullObject/cellIndex",
];

/**
 * Apply an EditPlan in one batch with two context.sync() calls: the first reads what the edits
 * expect to find, the second makes every change. If any edit's expected text has changed since the
 * plan was made (the author kept typing while a check ran), nothing at all is changed and the
 * stale edits are returned, so a document edited meanwhile loses nothing.
 *
 * Blocks are found by the ids readDocument gives: body blocks b0, ..., header blocks h0, ... and
 * footer blocks f0, ... (stories.ts). A plan that touches a header or footer block of a section
 * after the first (one whose headers are not all linked to the first section's) needs one more
 * read, so three syncs; nothing is written before every edit is checked.
 *
 * - replaceText: the expected text is found again inside its paragraph with Word's search
 *   (the right occurrence, by counting); it must still sit at the planned offsets.
 * - replaceTable: rows are added or deleted at the end first, then Table.values is written once;
 *   rows whose text changes are reset to plain black text (they hold the author's text now).
 * - insertTableRow: TableRow.insertRows after the given row.
 * - replaceCellText: found again with search inside the cell's body (the right occurrence), later
 *   offsets first within a cell so earlier occurrences keep their count.
 * Guidance cells: where a replaceCellText edit replaces the whole text of a cell that is a guidance
 * note (each paragraph in it inside a guidance content control, as a cover table's hint is), or a
 * replaceTable rewrite changes such a cell, the guidance control is removed keeping the text, and
 * the text is made plain black, upright: it is the author's now, and must not go with the guidance
 * when it is stripped. An edit to part of a guidance cell leaves the control as it is.
 * Edits that overlap, or several edits to one table where one rewrites it, are refused as a whole.
 */
export async function applyPlan(plan: EditPlan): Promise<ApplyResult> {
  if (plan.edits.length === 0) return { ok: true, applied: 0 };
  return Word.run(async (context) => {
    const document = context.document;
    const ids = plan.edits.map(blockIdOf);
    const inStories = ids.filter((id) => {
      const part = parseBlockId(id)?.part;
      return part === "header" || part === "footer";
    });
    const withControls = plan.edits.some(
      (e) => e.kind === "replaceCellText" || e.kind === "replaceTable",
    );
    const props = [
      "text",
      "tableNestingLevel",
      ...(withControls ? [...CONTROL_PROPS, ...CELL_PROPS] : []),
    ];
    const paragraphs = document.body.paragraphs.load(props.map((p) => `items/${p}`).join(","));
    const tables = document.body.tables.load("items/values,items/nestingLevel");
    const stories =
      inStories.length > 0 ? new StoryReader(document, CONTROL_PROPS, storyTypes()) : undefined;
    await context.sync();

    const topTables = tables.items.filter((t) => t.nestingLevel === 1);
    const map = mapBlocks(
      paragraphs.items.map((p) => ({
        tableNestingLevel: p.tableNestingLevel,
        cell: withControls ? cellOf(p) : undefined,
      })),
      topTables.length,
    );
    if (!map.ok)
      return refuse(
        `The document's tables could not be matched to the check: ${map.reason}`,
        plan.edits,
      );
    const found = new Map<string, Found>();
    for (const block of map.blocks)
      found.set(block.id, { paragraphs: paragraphs.items, tables: topTables, withControls, block });

    if (stories) {
      // Blocks of later sections' headers and footers are read with one more sync.
      const layout = await layOutFor(stories, inStories, context);
      if (!layout.ok)
        return refuse(
          `The document's headers and footers could not be matched to the check: ${layout.reason}`,
          plan.edits,
        );
      for (const story of layout.stories)
        for (const block of story.blocks)
          found.set(block.id, {
            paragraphs: story.load.paragraphs.items,
            tables: story.tables,
            withControls: true,
            block,
          });
    }

    // 1. Verify every edit against the document as it is now.
    const stale: Edit[] = [];
    const textJobs: Array<{ edit: TextEdit; paragraph: Word.Paragraph; plan: SearchPlan }> = [];
    const tableJobs = new Map<string, { table: Word.Table; at: Found; edits: TableEdit[] }>();
    const cellJobs: Array<{
      edit: CellEdit;
      table: Word.Table;
      plan: SearchPlan;
      guidance?: Controls;
    }> = [];
    for (const edit of plan.edits) {
      const at = found.get(blockIdOf(edit));
      const block = at?.block;
      if (edit.kind === "replaceText") {
        const paragraph =
          at && block?.kind === "paragraph" ? at.paragraphs[block.paragraphIndex] : undefined;
        const search = paragraph && planSearch(paragraph.text, edit.expected, edit.location.start);
        if (
          !paragraph ||
          !search ||
          edit.location.end - edit.location.start !== edit.expected.length
        )
          stale.push(edit);
        else textJobs.push({ edit, paragraph, plan: search });
      } else if (edit.kind === "replaceCellText") {
        const table = at && block?.kind === "table" ? at.tables[block.tableIndex] : undefined;
        const value = table?.values[edit.row]?.[edit.column];
        const text = value === undefined ? "" : cellText(value);
        const search =
          value === undefined ? undefined : planSearch(text, edit.expected, edit.start);
        if (!at || !table || !search || edit.end - edit.start !== edit.expected.length)
          stale.push(edit);
        else {
          const whole = edit.start === 0 && edit.end === text.length;
          const guidance = whole ? guidanceControls(at, edit.row, edit.column) : undefined;
          cellJobs.push({ edit, table, plan: search, guidance });
        }
      } else {
        const table = at && block?.kind === "table" ? at.tables[block.tableIndex] : undefined;
        if (!at || !table || !sameRows(table.values, edit.expectedRows)) stale.push(edit);
        else {
          const job = tableJobs.get(edit.blockId) ?? { table, at, edits: [] as TableEdit[] };
          job.edits.push(edit);
          tableJobs.set(edit.blockId, job);
        }
      }
    }
    if (stale.length > 0) {
      return refuse(
        `${stale.length === 1 ? "One change" : `${stale.length} changes`} could not be made because the text has changed since the check. Nothing was changed: check the document again.`,
        stale,
      );
    }
    const overlapping = overlaps(textJobs);
    if (overlapping.length > 0)
      return refuse("Some changes overlap each other, so none were made.", overlapping);
    const rewritten = cellJobs.filter((j) => tableJobs.has(j.edit.blockId)).map((j) => j.edit);
    if (rewritten.length > 0)
      return refuse(
        "A table has more than one change, one of which rewrites it, so none were made.",
        rewritten,
      );
    const cellOverlaps = overlappingCells(cellJobs.map((j) => j.edit));
    if (cellOverlaps.length > 0)
      return refuse("Some changes overlap each other, so none were made.", cellOverlaps);
    for (const { table, edits } of tableJobs.values()) {
      const refusal = tableRefusal(table.values, edits);
      if (refusal) return refusal;
    }

    // 2. Queue every change, then one sync. Later text first within a paragraph or cell.
    const ordered = [...textJobs].sort(
      (a, b) =>
        a.edit.location.blockId.localeCompare(b.edit.location.blockId) ||
        b.edit.location.start - a.edit.location.start,
    );
    for (const job of ordered)
      rangeFor(job.paragraph, job.plan).insertText(job.edit.replacement, "Replace");
    const cellsOrdered = [...cellJobs].sort(
      (a, b) =>
        a.edit.blockId.localeCompare(b.edit.blockId) ||
        a.edit.row - b.edit.row ||
        a.edit.column - b.edit.column ||
        b.edit.start - a.edit.start,
    );
    for (const job of cellsOrdered) {
      const cellBody = job.table.getCell(job.edit.row, job.edit.column).body;
      rangeFor(cellBody, job.plan).insertText(job.edit.replacement, "Replace");
      if (job.guidance) {
        for (const control of job.guidance) control.delete(true);
        plainText(cellBody.font);
      }
    }
    for (const { table, at, edits } of tableJobs.values()) {
      const current = table.values;
      for (const e of [...edits].sort((a, b) => afterOf(b) - afterOf(a))) {
        if (e.kind === "replaceTable") {
          // Before Table.values is written: the controls must not hold the new text.
          for (const control of changedGuidance(at, current, e.rows)) control.delete(true);
          rewriteTable(table, current, e.rows);
        } else {
          const added = table.getCell(e.after, 0).parentRow.insertRows("After", 1, [e.cells]);
          plainText(added.getFirst().font);
        }
      }
    }
    await context.sync();
    return { ok: true, applied: plan.edits.length };
  });
}

function blockIdOf(e: Edit): string {
  return e.kind === "replaceText" ? e.location.blockId : e.blockId;
}

function refuse(reason: string, stale: Edit[]): ApplyResult {
  return { ok: false, reason, stale };
}

function afterOf(e: TableEdit): number {
  return e.kind === "insertTableRow" ? e.after : -1;
}

function tableRefusal(values: string[][], edits: readonly TableEdit[]): ApplyResult | undefined {
  const columns = values[0]?.length ?? 0;
  if (edits.length > 1 && edits.some((e) => e.kind === "replaceTable"))
    return refuse(
      "A table has more than one change, one of which rewrites it, so none were made.",
      [...edits],
    );
  for (const e of edits) {
    const rows = e.kind === "replaceTable" ? e.rows : [e.cells];
    const ragged = values.some((r) => r.length !== columns);
    if (
      ragged ||
      rows.some((r) => r.length !== columns) ||
      (e.kind === "replaceTable" && rows.length === 0)
    ) {
      return refuse(
        "A table change does not fit the table's columns (or the table has merged cells), so nothing was changed.",
        [e],
      );
    }
    if (e.kind === "insertTableRow" && (e.after < 0 || e.after >= values.length))
      return refuse("A new table row points outside the table, so nothing was changed.", [e]);
  }
  return undefined;
}

/**
 * The guidance controls of a table cell that is a guidance note: it has a paragraph in a guidance
 * content control and every other paragraph in it is blank. Undefined for any other cell.
 */
function guidanceControls(at: Found, row: number, column: number): Controls | undefined {
  if (!at.withControls || at.block.kind !== "table") return undefined;
  const controls = new Map<number, Word.ContentControl>();
  for (const i of at.block.paragraphIndices) {
    const p = at.paragraphs[i];
    const cell = p.tableNestingLevel === 1 ? cellOf(p) : undefined;
    if (!cell || cell.row !== row || cell.column !== column) continue;
    const control = p.parentContentControlOrNullObject;
    if (!control.isNullObject && isGuidanceTag(control.tag)) controls.set(control.id, control);
    else if (p.text.trim() !== "") return undefined;
  }
  return controls.size > 0 ? [...controls.values()] : undefined;
}

/** Guidance controls of the cells a table rewrite changes. */
function changedGuidance(at: Found, current: string[][], rows: string[][]): Controls {
  const out: Controls = [];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const was = current[r]?.[c];
      if (was === undefined || cellText(was) === value) return;
      out.push(...(guidanceControls(at, r, c) ?? []));
    }),
  );
  return out;
}

function sameRows(actual: string[][], expected: string[][]): boolean {
  return (
    actual.length === expected.length &&
    actual.every(
      (row, r) =>
        row.length === expected[r].length && row.every((v, c) => cellText(v) === expected[r][c]),
    )
  );
}

function overlaps(jobs: Array<{ edit: TextEdit }>): Edit[] {
  const out: Edit[] = [];
  for (let i = 0; i < jobs.length; i++) {
    for (let j = i + 1; j < jobs.length; j++) {
      const a = jobs[i].edit.location;
      const b = jobs[j].edit.location;
      if (a.blockId !== b.blockId) continue;
      if (a.start < b.end && b.start < a.end) out.push(jobs[i].edit, jobs[j].edit);
    }
  }
  return [...new Set(out)];
}

function overlappingCells(edits: readonly CellEdit[]): Edit[] {
  const out = new Set<Edit>();
  for (let i = 0; i < edits.length; i++) {
    for (let j = i + 1; j < edits.length; j++) {
      const a = edits[i];
      const b = edits[j];
      const sameCell = a.blockId === b.blockId && a.row === b.row && a.column === b.column;
      if (sameCell && a.start < b.end && b.start < a.end) {
        out.add(a);
        out.add(b);
      }
    }
  }
  return [...out];
}

function plainText(font: Word.Font): void {
  font.color = BLACK;
  font.italic = false;
}

/** Resize at the end (addRows/deleteRows), then write Table.values once. */
function rewriteTable(table: Word.Table, current: string[][], rows: string[][]): void {
  if (rows.length > current.length)
    table.addRows("End", rows.length - current.length, rows.slice(current.length));
  if (rows.length < current.length) table.deleteRows(rows.length, current.length - rows.length);
  table.values = rows;
  rows.forEach((row, r) => {
    const was = current[r];
    if (!was || row.some((v, c) => cellText(was[c] ?? "") !== v))
      plainText(table.getCell(r, 0).parentRow.font);
  });
}
