import { useState, type ReactNode } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { describeCounts, type SectionSummary } from "../../core/checks/summary";
import type { Finding } from "../../core/model/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  more: { alignSelf: "flex-start" },
});

/** Findings shown at first in each section, and how many more each "Show more" adds. */
export const FIRST_SHOWN = 10;
export const MORE_STEP = 25;

/**
 * One section's findings under its heading (with its counts). A long list (a 600-row chronology
 * with a date problem in every row) shows the first few, most severe first, and more on request,
 * so the pane stays quick.
 */
export function FindingsGroup({
  summary,
  renderItem,
}: {
  summary: SectionSummary;
  renderItem(f: Finding): ReactNode;
}) {
  const styles = useStyles();
  const [shown, setShown] = useState(FIRST_SHOWN);
  const total = summary.findings.length;
  const rest = total - shown;
  const counts = describeCounts(summary.counts);
  return (
    <section className={styles.root} aria-label={`${summary.section}: ${counts}`}>
      <h3 className={styles.heading}>
        {summary.section} ({counts})
      </h3>
      <ul className={styles.list}>{summary.findings.slice(0, shown).map(renderItem)}</ul>
      {rest > 0 && (
        <Button
          className={styles.more}
          size="small"
          appearance="subtle"
          onClick={() => setShown((n) => n + MORE_STEP)}
        >
          {rest <= MORE_STEP
            ? `Show ${rest} more in ${summary.section}`
            : `Show ${MORE_STEP} more in ${summary.section} (${rest} not shown)`}
        </Button>
      )}
    </section>
  );
}
