import type { ReactNode } from "react";
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RepairPreview } from "../../core/chronology/repair";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  before: {
    textDecorationLine: "line-through",
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  after: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  warning: { color: tokens.colorStatusWarningForeground3 },
  more: { color: tokens.colorNeutralForeground2, listStyleType: "none" },
});

/** Items listed per list; the rest are counted ("and 550 more"), so 600 rows stay quick. */
export const PREVIEW_CAP = 40;

const MAX_CELL = 80;
function cellText(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t === "") return "(empty)";
  return t.length > MAX_CELL ? `${t.slice(0, MAX_CELL - 1)}…` : t;
}

function Capped<T>({
  items,
  render,
  noun,
  className,
}: {
  items: readonly T[];
  render: (item: T) => ReactNode;
  noun: [string, string];
  className?: string;
}) {
  const styles = useStyles();
  const rest = items.length - PREVIEW_CAP;
  return (
    <ul className={styles.list}>
      {items.slice(0, PREVIEW_CAP).map((item, i) => (
        <li key={i} className={className}>
          {render(item)}
        </li>
      ))}
      {rest > 0 && (
        <li className={styles.more}>
          …and {rest} more {rest === 1 ? noun[0] : noun[1]}
        </li>
      )}
    </ul>
  );
}

/** Every change a repair will make, and what it leaves alone and why. Changes nothing itself. */
export function RepairPreviewView({ preview }: { preview: RepairPreview }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text weight="semibold">{preview.summary}</Text>
      {preview.changes.length > 0 && (
        <>
          <h5 className={styles.heading}>Changes ({preview.changes.length})</h5>
          <Capped
            items={preview.changes}
            noun={["change", "changes"]}
            render={(c) => (
              <>
                <Caption1>
                  Row {c.row + 1}, {c.columnHeader}:{" "}
                </Caption1>
                <span className={styles.before}>{cellText(c.before)}</span>
                {" → "}
                <span className={styles.after}>{cellText(c.after)}</span>
              </>
            )}
          />
        </>
      )}
      {preview.moves.length > 0 && (
        <>
          <h5 className={styles.heading}>Entries moved ({preview.moves.length})</h5>
          <Capped
            items={preview.moves}
            noun={["move", "moves"]}
            render={(m) => (
              <>
                <span className={styles.after}>{cellText(m.when)}</span>: row {m.from + 1} → row{" "}
                {m.to + 1}
              </>
            )}
          />
        </>
      )}
      {preview.columnMoves.length > 0 && (
        <>
          <h5 className={styles.heading}>Columns ({preview.columnMoves.length})</h5>
          <Capped
            items={preview.columnMoves}
            noun={["column", "columns"]}
            render={(m) => (
              <>
                <span className={styles.after}>{cellText(m.header)}</span>:{" "}
                {m.from === undefined
                  ? `added, empty, as column ${m.to + 1}`
                  : `column ${m.from + 1} → column ${m.to + 1}`}
              </>
            )}
          />
        </>
      )}
      {preview.notDone.length > 0 && (
        <>
          <h5 className={styles.heading}>Left as they are ({preview.notDone.length})</h5>
          <Capped
            items={preview.notDone}
            noun={["item", "items"]}
            className={styles.warning}
            render={(n) => (
              <>
                {n.row !== undefined && <Caption1>Row {n.row + 1}: </Caption1>}
                {n.reason}
              </>
            )}
          />
        </>
      )}
      {preview.notes.map((note, i) => (
        <Caption1 key={i}>{note}</Caption1>
      ))}
    </div>
  );
}
