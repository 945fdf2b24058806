import type { ApplyResult, Edit, EditPlan } from "../core/edits/plan";
import { mapBlocks, parseBlockId, type MappedBlock } from "./block-map";
import { cellText, rangeFor } from "./locate";
import { planSearch, type SearchPlan } from "./search-text";

const BLACK = "#000000";

type TextEdit = Extract<Edit, { kind: "replaceText" }>;
type CellEdit = Extract<Edit, { kind: "replaceCellText" }>;
type TableEdit = Exclude<Edit, TextEdit | CellEdit>;

/**
 * Apply an EditPlan in one batch with two context.sync() calls: the first reads what the edits
 * expect to find, the second makes every change. If any edit's expected text has changed since the
 * plan was made (the author kept typing while a check ran), nothing at all is changed and the
 * stale edits are returned, so a document edited meanwhile loses nothing.
 *
 * - replaceText: the expected text is found again inside its paragraph with Word's search
 *   (the right occurrence, by counting); it must still sit at the planned offsets.
 * - replaceTable: rows are added or deleted at the end first, then Table.values is written once;
 *   rows whose text changes are reset to plain black text (they hold the author's text now).
 * - insertTableRow: TableRow.insertRows after the given row.
 * - replaceCellText: found again with search inside the cell's body (the right occurrence), later
 *   offsets first within a cell so earlier occurrences keep their count.
 * Edits that overlap, or several edits to one table where one rewrites it, are refused as a whole.
 */
export async function applyPlan(plan: EditPlan): Promise<ApplyResult> {
  if (plan.edits.length === 0) return { ok: true, applied: 0 };
  return Word.run(async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs.load("items/text,items/tableNestingLevel");
    const tables = body.tables.load("items/values,items/nestingLevel");
    await context.sync();

    const topTables = tables.items.filter((t) => t.nestingLevel === 1);
    const map = mapBlocks(
      paragraphs.items.map((p) => ({ tableNestingLevel: p.tableNestingLevel })),
      topTables.length,
    );
    if (!map.ok)
      return refuse(
        `The document's tables could not be matched to the check: ${map.reason}`,
        plan.edits,
      );
    const blocks = new Map<string, MappedBlock>(map.blocks.map((b) => [b.id, b]));

    // 1. Verify every edit against the document as it is now.
    const stale: Edit[] = [];
    const textJobs: Array<{ edit: TextEdit; paragraph: number; plan: SearchPlan }> = [];
    const tableJobs = new Map<number, TableEdit[]>();
    const cellJobs: Array<{ edit: CellEdit; table: number; plan: SearchPlan }> = [];
    for (const edit of plan.edits) {
      if (edit.kind === "replaceText") {
        const block =
          parseBlockId(edit.location.blockId)?.part === "body"
            ? blocks.get(edit.location.blockId)
            : undefined;
        const text =
          block?.kind === "paragraph" ? paragraphs.items[block.paragraphIndex].text : undefined;
        const found =
          text === undefined ? undefined : planSearch(text, edit.expected, edit.location.start);
        if (
          !block ||
          block.kind !== "paragraph" ||
          !found ||
          edit.location.end - edit.location.start !== edit.expected.length
        )
          stale.push(edit);
        else textJobs.push({ edit, paragraph: block.paragraphIndex, plan: found });
      } else if (edit.kind === "replaceCellText") {
        const block = blocks.get(edit.blockId);
        const value =
          block?.kind === "table"
            ? topTables[block.tableIndex].values[edit.row]?.[edit.column]
            : undefined;
        const found =
          value === undefined ? undefined : planSearch(cellText(value), edit.expected, edit.start);
        if (
          !block ||
          block.kind !== "table" ||
          !found ||
          edit.end - edit.start !== edit.expected.length
        )
          stale.push(edit);
        else cellJobs.push({ edit, table: block.tableIndex, plan: found });
      } else {
        const block = blocks.get(edit.blockId);
        if (
          !block ||
          block.kind !== "table" ||
          !sameRows(topTables[block.tableIndex].values, edit.expectedRows)
        )
          stale.push(edit);
        else tableJobs.set(block.tableIndex, [...(tableJobs.get(block.tableIndex) ?? []), edit]);
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
    const rewritten = cellJobs.filter((j) => tableJobs.has(j.table)).map((j) => j.edit);
    if (rewritten.length > 0)
      return refuse(
        "A table has more than one change, one of which rewrites it, so none were made.",
        rewritten,
      );
    const cellOverlaps = overlappingCells(cellJobs);
    if (cellOverlaps.length > 0)
      return refuse("Some changes overlap each other, so none were made.", cellOverlaps);
    for (const [index, edits] of tableJobs) {
      const table = topTables[index];
      const columns = table.values[0]?.length ?? 0;
      if (edits.length > 1 && edits.some((e) => e.kind === "replaceTable"))
        return refuse(
          "A table has more than one change, one of which rewrites it, so none were made.",
          edits,
        );
      for (const e of edits) {
        const rows = e.kind === "replaceTable" ? e.rows : [e.cells];
        const ragged = table.values.some((r) => r.length !== columns);
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
        if (e.kind === "insertTableRow" && (e.after < 0 || e.after >= table.values.length))
          return refuse("A new table row points outside the table, so nothing was changed.", [e]);
      }
    }

    // 2. Queue every change, then one sync. Later text first within a paragraph.
    const ordered = [...textJobs].sort(
      (a, b) => a.paragraph - b.paragraph || b.edit.location.start - a.edit.location.start,
    );
    for (const job of ordered)
      rangeFor(paragraphs.items[job.paragraph], job.plan).insertText(
        job.edit.replacement,
        "Replace",
      );
    const cellsOrdered = [...cellJobs].sort(
      (a, b) =>
        a.table - b.table ||
        a.edit.row - b.edit.row ||
        a.edit.column - b.edit.column ||
        b.edit.start - a.edit.start,
    );
    for (const job of cellsOrdered) {
      const cellBody = topTables[job.table].getCell(job.edit.row, job.edit.column).body;
      rangeFor(cellBody, job.plan).insertText(job.edit.replacement, "Replace");
    }
    for (const [index, edits] of tableJobs) {
      const table = topTables[index];
      const current = table.values;
      for (const e of [...edits].sort((a, b) => afterOf(b) - afterOf(a))) {
        if (e.kind === "replaceTable") rewriteTable(table, current, e.rows);
        else {
          const added = table.getCell(e.after, 0).parentRow.insertRows("After", 1, [e.cells]);
          plainText(added.getFirst().font);
        }
      }
    }
    await context.sync();
    return { ok: true, applied: plan.edits.length };
  });
}

function refuse(reason: string, stale: Edit[]): ApplyResult {
  return { ok: false, reason, stale };
}

function afterOf(e: TableEdit): number {
  return e.kind === "insertTableRow" ? e.after : -1;
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

function overlaps(jobs: Array<{ edit: TextEdit; paragraph: number }>): Edit[] {
  const out: Edit[] = [];
  for (let i = 0; i < jobs.length; i++) {
    for (let j = i + 1; j < jobs.length; j++) {
      const a = jobs[i];
      const b = jobs[j];
      if (a.paragraph !== b.paragraph) continue;
      if (
        a.edit.location.start < b.edit.location.end &&
        b.edit.location.start < a.edit.location.end
      )
        out.push(a.edit, b.edit);
    }
  }
  return [...new Set(out)];
}

function overlappingCells(jobs: Array<{ edit: CellEdit; table: number }>): Edit[] {
  const out = new Set<Edit>();
  for (let i = 0; i < jobs.length; i++) {
    for (let j = i + 1; j < jobs.length; j++) {
      const a = jobs[i];
      const b = jobs[j];
      const sameCell =
        a.table === b.table && a.edit.row === b.edit.row && a.edit.column === b.edit.column;
      if (sameCell && a.edit.start < b.edit.end && b.edit.start < a.edit.end) {
        out.add(a.edit);
        out.add(b.edit);
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
