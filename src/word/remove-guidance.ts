import { isGuidanceTag } from "../core/tags";

const BLACK = "#000000";

/** What removeGuidance did: how many guidance controls went, or why it changed nothing. */
export type RemoveGuidanceResult = { removed: number } | { refused: string };

/** Thrown when Word stopped during the removal batch (some of it may be done: Undo reverts it). */
export class RemoveGuidanceError extends Error {
  constructor(cause: unknown) {
    super(
      `Word stopped while removing the guidance (${cause instanceof Error ? cause.message : String(cause)}). Some notes may already be gone: use Undo in Word (Ctrl+Z, or Cmd+Z on a Mac) to put them back, then try again or make a clean copy instead.`,
    );
    this.name = "RemoveGuidanceError";
  }
}

interface ControlFacts {
  control: Word.ContentControl;
  first: Word.Paragraph;
  cell: Word.TableCell;
  table: Word.Table;
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Remove every guidance note (content controls tagged `imr:guidance:…`) from the document, in one
 * batch of three context.sync() calls whatever the document's size:
 *   1. load the body's content controls (id, tag, text) and count the guidance ones. If the count
 *      is not the `expected.count` the author was shown, refuse: nothing is changed.
 *   2. load, for every control, its parent control (so a guidance control inside another goes
 *      with it and is not deleted twice) and, for guidance controls, the table cell and table
 *      they sit in, if any.
 *   3. delete: ContentControl.delete(false) ("deletes the content control and its content"), which
 *      takes the control's paragraphs with it; where a container must keep a paragraph (a table
 *      cell) Word keeps it, emptied, and its red italic is taken off so that what the author types
 *      there later is not guidance-formatted. A table row left with nothing but guidance (the
 *      template's example row) goes whole, as it does in the clean copy, unless it is the table's
 *      only row. Nothing outside guidance controls is touched: the author's own paragraphs, empty
 *      or not, stay.
 * Text the author typed inside a guidance control goes with it (Word cannot tell it apart): the
 * pane shows such edited notes in full before the author confirms.
 */
export async function removeGuidance(expected: {
  count: number;
  texts?: readonly string[];
}): Promise<RemoveGuidanceResult> {
  return Word.run(async (context) => {
    const controls = context.document.body.contentControls.load("items/id,items/tag,items/text");
    await context.sync();

    const guidance = controls.items.filter((c) => isGuidanceTag(c.tag));
    if (guidance.length !== expected.count) {
      return {
        refused: `The document now has ${plural(guidance.length)}, not the ${expected.count} shown when you prepared it, so nothing was removed. Prepare for submission again to see what will go.`,
      };
    }
    if (
      expected.texts &&
      !sameTexts(
        guidance.map((c) => c.text),
        expected.texts,
      )
    ) {
      return {
        refused:
          "A guidance note's text has changed since you prepared (something was typed into it), so nothing was removed. Prepare for submission again to see what will go.",
      };
    }
    if (guidance.length === 0) return { removed: 0 };

    const parents = controls.items.map((c) => c.parentContentControlOrNullObject.load("id"));
    const facts: ControlFacts[] = guidance.map((control) => {
      const first = control.paragraphs.getFirst().load("tableNestingLevel");
      return {
        control,
        first,
        cell: first.parentTableCellOrNullObject.load("rowIndex,cellIndex,value"),
        table: first.parentTableOrNullObject.load("values,rowCount,nestingLevel"),
      };
    });
    await context.sync();

    // A guidance control inside another guidance control goes with the outer one.
    const parentOf = new Map<number, number | undefined>();
    controls.items.forEach((c, i) =>
      parentOf.set(c.id, parents[i].isNullObject ? undefined : parents[i].id),
    );
    const guidanceIds = new Set(guidance.map((c) => c.id));
    const insideGuidance = (id: number): boolean => {
      const seen = new Set<number>();
      for (let p = parentOf.get(id); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
        if (guidanceIds.has(p)) return true;
        seen.add(p);
      }
      return false;
    };
    const outer = facts.filter((f) => !insideGuidance(f.control.id));

    const work = planRemoval(outer);
    try {
      // Later content first, so a row deleted by index does not move the rows before it.
      for (const step of [...work].reverse()) {
        if (step.kind === "row") {
          step.table.deleteRows(step.rowIndex, 1);
          continue;
        }
        step.facts.control.delete(false);
        if (step.resetCell) {
          const kept = step.facts.cell.body.paragraphs.getFirst();
          kept.font.color = BLACK;
          kept.font.italic = false;
        }
      }
      await context.sync();
    } catch (e) {
      throw new RemoveGuidanceError(e);
    }
    return { removed: guidance.length };
  });
}

type Step =
  | { kind: "row"; table: Word.Table; rowIndex: number }
  | { kind: "control"; facts: ControlFacts; resetCell: boolean };

function inCell(f: ControlFacts): boolean {
  return !f.cell.isNullObject && !f.table.isNullObject && f.first.tableNestingLevel === 1;
}

/** The cell holds nothing but this control's text. */
function cellIsGuidance(f: ControlFacts): boolean {
  return squash(f.cell.value) === squash(f.control.text);
}

/**
 * The deletions, in document order: the template's example row (every cell empty or all guidance,
 * not the only row) as one row deletion, every other guidance control on its own.
 */
function planRemoval(outer: readonly ControlFacts[]): Step[] {
  const steps: Step[] = [];
  let i = 0;
  while (i < outer.length) {
    const f = outer[i];
    if (!inCell(f)) {
      steps.push({ kind: "control", facts: f, resetCell: false });
      i++;
      continue;
    }
    // Cell controls one after another in the same row of the same table (same values) are a row.
    const key = JSON.stringify(f.table.values);
    let j = i + 1;
    while (
      j < outer.length &&
      inCell(outer[j]) &&
      outer[j].cell.rowIndex === f.cell.rowIndex &&
      JSON.stringify(outer[j].table.values) === key
    )
      j++;
    const group = outer.slice(i, j);
    if (rowIsAllGuidance(f, group)) {
      steps.push({ kind: "row", table: f.table, rowIndex: f.cell.rowIndex });
    } else {
      for (const g of group)
        steps.push({ kind: "control", facts: g, resetCell: cellIsGuidance(g) });
    }
    i = j;
  }
  return steps;
}

function rowIsAllGuidance(f: ControlFacts, group: readonly ControlFacts[]): boolean {
  const values = f.table.values;
  const row = values[f.cell.rowIndex];
  if (!row || f.table.rowCount <= 1 || values.some((r) => r.length !== row.length)) return false;
  const guidanceCells = new Set(group.filter(cellIsGuidance).map((g) => g.cell.cellIndex));
  return row.every((text, c) => guidanceCells.has(c) || squash(text) === "");
}

function plural(n: number): string {
  return `${n} guidance ${n === 1 ? "note" : "notes"}`;
}

/**
 * The same texts, in any order, ignoring how white space and paragraph breaks are written (Word
 * separates a control's paragraphs with "\r"; the preview joins them with spaces).
 */
function sameTexts(actual: readonly string[], previewed: readonly string[]): boolean {
  const norm = (list: readonly string[]) => list.map((t) => t.replace(/\s+/g, " ").trim()).sort();
  const a = norm(actual);
  const b = norm(previewed);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
