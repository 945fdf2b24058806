import { useEffect, useState } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ChronologyTable } from "../../core/chronology/locate";
import { squash } from "../../core/model/text";
import type { Finding } from "../../core/model/types";
import { useGateway } from "../context/GatewayContext";
import { logError } from "../config/error-log";
import { plainReason } from "../plainReason";
import { cellLocation, groupFindings, RULE_REPAIRS } from "./finding-groups";
import type { RepairKind } from "./useRepair";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, paddingLeft: 0, listStyleType: "none" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  where: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Findings listed per group at first, and how many more "Show more" adds. */
const SHOWN = 15;
const MORE = 50;

const SEVERITY: Record<Finding["severity"], string> = {
  error: "Error",
  warning: "Warning",
  info: "Note",
};

function where(table: ChronologyTable, f: Finding): string | undefined {
  const cell = cellLocation(f.location);
  if (!cell) return undefined;
  const header = squash(table.block.rows[table.headerRow]?.[cell.column] ?? "");
  const column = header === "" ? `column ${cell.column + 1}` : header;
  return cell.row === table.headerRow
    ? `Heading of column ${cell.column + 1}`
    : `Row ${cell.row + 1}, ${column}`;
}

export interface ChronologyFindingsProps {
  findings: readonly Finding[];
  table: ChronologyTable;
  /** Start the repair that fixes a group's findings. */
  onRepair(kind: RepairKind): void;
  /** Read the document again (after "Go to" finds it changed). */
  onStale(): void;
}

const REPAIR_KIND: Record<string, RepairKind> = {
  "chronology.columns": "header",
  "chronology.date-format": "dates",
  "chronology.time-format": "times",
  "chronology.order": "sort",
};

/** The chronology checks' findings, grouped by rule, each with "Go to" where it is a cell. */
export function ChronologyFindings({
  findings,
  table,
  onRepair,
  onStale,
}: ChronologyFindingsProps) {
  const styles = useStyles();
  const gateway = useGateway();
  const [shownByRule, setShownByRule] = useState<Readonly<Record<string, number>>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const groups = groupFindings(findings);
  // A "Selected: …" line is about the findings it was given: a new check clears it.
  useEffect(() => setStatus(undefined), [findings]);

  const goTo = async (f: Finding) => {
    const cell = cellLocation(f.location);
    if (!cell) return;
    try {
      const found = await gateway.select(cell, f.text);
      if (found) setStatus({ ok: true, text: `Selected: ${where(table, f)}.` });
      else {
        setStatus({
          ok: false,
          text: "That cell has changed since the check, so it could not be selected. The chronology has been checked again.",
        });
        onStale();
      }
    } catch (err) {
      logError("acting on a chronology finding", err);
      setStatus({ ok: false, text: plainReason(err) });
    }
  };

  if (groups.length === 0)
    return (
      <MessageBar intent="success" layout="multiline" data-testid="chronology-findings">
        <MessageBarBody>
          No problems found in the chronology: its columns, dates, times and order are as the
          template asks.
        </MessageBarBody>
      </MessageBar>
    );

  return (
    <div className={styles.root} data-testid="chronology-findings">
      <div aria-live="polite">
        {status && (
          <Text size={200} className={status.ok ? undefined : styles.error}>
            {status.text}
          </Text>
        )}
      </div>
      {groups.map((g) => {
        const shown = g.findings.slice(0, shownByRule[g.rule] ?? SHOWN);
        const repair = RULE_REPAIRS[g.rule];
        const kind = REPAIR_KIND[g.rule];
        return (
          <section key={g.rule} className={styles.group} aria-label={g.label}>
            <div className={styles.row}>
              <h4 className={styles.groupHeading}>
                {g.label} ({g.findings.length})
              </h4>
              {repair && kind && !table.block.hasMergedCells && (
                <Button size="small" onClick={() => onRepair(kind)}>
                  {repair}…
                </Button>
              )}
            </div>
            <ul className={styles.list}>
              {shown.map((f, i) => {
                const place = where(table, f);
                return (
                  <li key={i} className={styles.item}>
                    <Caption1 className={mergeClasses(styles.where)}>
                      {SEVERITY[f.severity]}
                      {place ? ` · ${place}` : ""}
                    </Caption1>
                    <Text size={300}>{f.message}</Text>
                    {place && (
                      <div>
                        <Button
                          size="small"
                          appearance="subtle"
                          aria-label={`Go to ${place}`}
                          onClick={() => void goTo(f)}
                        >
                          Go to
                        </Button>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
            {g.findings.length > shown.length && (
              <div>
                <Button
                  size="small"
                  appearance="transparent"
                  onClick={() => setShownByRule({ ...shownByRule, [g.rule]: shown.length + MORE })}
                >
                  Show more ({g.findings.length - shown.length} not shown)
                </Button>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
