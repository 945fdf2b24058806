import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { locateChronology } from "../../core/chronology/locate";
import { readRows } from "../../core/chronology/rows";
import { chronologyFindings } from "../../core/chronology/rules";
import { applyRuleSettings } from "../check-options";
import { MessageText } from "../components/MessageText";
import { useDocumentSettings } from "../hooks/useDocumentSettings";
import { useReportPack, useSettingsInForce } from "../hooks/useReportPack";
import { offeredPack } from "../report-pack";
import { packOptionLabel } from "../packLabels";
import { AddEntryForm } from "../chronology/AddEntryForm";
import { ChronologyFindings } from "../chronology/ChronologyFindings";
import { ExportSection } from "../chronology/ExportSection";
import { peopleOptions } from "../chronology/people";
import { RepairSection } from "../chronology/RepairSection";
import { ReviewPeriodSection } from "../chronology/ReviewPeriodSection";
import { useChronologyDocument } from "../chronology/useChronologyDocument";
import { usePeopleRegister } from "../chronology/usePeopleRegister";
import { useRepair, type RepairKind } from "../chronology/useRepair";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  heading: { margin: 0 },
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  field: { gridTemplateColumns: "minmax(0, 1fr)" },
  select: { minWidth: 0, maxWidth: "100%" },
  panel: { paddingBottom: tokens.spacingVerticalL },
});

const DETECT = "";

type Section = "period" | "checks" | "add" | "repair" | "export";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The Chronology tab: the chronology table's state (its template, entries and the review
 * period), the chronology checks with "Go to", adding an entry in date order, repairs shown
 * before they are applied, and a CSV download.
 */
export function ChronologyPanel() {
  const styles = useStyles();
  const { state, refresh } = useChronologyDocument();
  const settings = useDocumentSettings();
  const organisation = useSettingsInForce();
  const model = state.model;
  const chosenId = settings.settings.packId;
  const resolved = useReportPack(model, chosenId, { byChronology: true });
  const pack = resolved?.pack;
  const table = useMemo(
    () => (model && pack ? locateChronology(model, pack) : undefined),
    [model, pack],
  );
  const entries = useMemo(
    () => (table ? readRows(table).filter((r) => r.kind === "entry").length : 0),
    [table],
  );
  const period = settings.settings.reviewPeriod;
  // The organisation's rules switched off or given another severity apply here too.
  const ruleSettings = organisation.checkOptions;
  const findings = useMemo(
    () =>
      model && pack
        ? applyRuleSettings(
            chronologyFindings(model, pack, period ? { reviewPeriod: period } : {}),
            ruleSettings,
          )
        : [],
    [model, pack, period, ruleSettings],
  );
  const register = usePeopleRegister(model);
  const people = useMemo(
    () => (model && pack ? peopleOptions(model, pack, register) : []),
    [model, pack, register],
  );
  const repair = useRepair(refresh);
  // The checks start open, and the review period too until it is set (once settings are read).
  const [open, setOpen] = useState<Section[] | undefined>(undefined);
  const openItems: Section[] =
    open ?? (settings.ready && !period ? ["period", "checks"] : ["checks"]);
  // Fix the default once the settings are read, so saving the period doesn't close its section.
  useEffect(() => {
    if (open === undefined && settings.ready) setOpen(period ? ["checks"] : ["period", "checks"]);
  }, [open, settings.ready, period]);

  const startRepair = useCallback(
    (kind: RepairKind) => {
      if (!model || !pack) return;
      setOpen((o) => {
        const now: Section[] = o ?? (period ? ["checks"] : ["period", "checks"]);
        return now.includes("repair") ? now : [...now, "repair"];
      });
      repair.preview(kind, model, pack);
    },
    [model, pack, repair, period],
  );

  if (!model) {
    return state.phase === "failed" ? (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The document couldn&rsquo;t be read</MessageBarTitle>
          <MessageText>{state.reason}</MessageText>
        </MessageBarBody>
      </MessageBar>
    ) : (
      <Spinner size="small" label="Reading the document…" />
    );
  }

  return (
    <div className={styles.root}>
      <section className={styles.summary} aria-labelledby="chronology-heading">
        <Subtitle2 as="h2" id="chronology-heading" className={styles.heading}>
          Chronology
        </Subtitle2>
        <div aria-live="polite" data-testid="chronology-status">
          {table ? (
            <Text>
              {plural(entries, "entry", "entries")} in the chronology table
              {table.block.hasMergedCells ? " (it has merged cells)" : ""}.
            </Text>
          ) : (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>No chronology table found</MessageBarTitle>
                <MessageText>
                  {pack
                    ? `No table has the ${pack.title} chronology's column headings (a date column and most of the others).`
                    : "No table in the document has a chronology's column headings (a date column and most of a template's columns)."}{" "}
                  Insert the template on the Write tab, or check the table&rsquo;s header row and
                  the template chosen below.
                </MessageText>
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
        <Field
          className={styles.field}
          label="Template the chronology follows"
          hint={
            resolved?.pack
              ? `${resolved.reason[0].toUpperCase()}${resolved.reason.slice(1)}.`
              : resolved?.reason
          }
        >
          <Select
            className={styles.select}
            value={offeredPack(organisation, chosenId) ? chosenId : DETECT}
            disabled={!settings.ready}
            onChange={(_e, d) => void settings.setPackId(d.value === DETECT ? undefined : d.value)}
          >
            <option value={DETECT}>
              {resolved?.how === "detected" || resolved?.how === "chronology"
                ? `Detect from the document (${resolved.pack.title})`
                : "Detect from the document"}
            </option>
            {organisation.packs.map((p) => (
              <option key={p.id} value={p.id}>
                {packOptionLabel(p)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.line}>
          <Button
            size="small"
            disabledFocusable={state.phase === "reading"}
            onClick={() => void refresh()}
          >
            Check again
          </Button>
          <div aria-live="polite">
            {state.phase === "reading" && (
              <Spinner size="extra-tiny" labelPosition="after" label="Reading the document…" />
            )}
            {state.phase === "failed" && (
              <Text size={200}>The document couldn&rsquo;t be read again: {state.reason}</Text>
            )}
          </div>
        </div>
      </section>

      <Accordion
        multiple
        collapsible
        openItems={openItems}
        onToggle={(_e, d) => setOpen(d.openItems as Section[])}
      >
        <AccordionItem value="period">
          <AccordionHeader as="h3">
            Review period{period ? `: ${period.start} to ${period.end}` : ""}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ReviewPeriodSection model={model} />
          </AccordionPanel>
        </AccordionItem>
        {table && pack && (
          <>
            <AccordionItem value="checks">
              <AccordionHeader as="h3">
                Checks (
                {findings.length === 0
                  ? "no problems"
                  : plural(findings.length, "finding", "findings")}
                )
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <ChronologyFindings
                  findings={findings}
                  table={table}
                  onRepair={startRepair}
                  onStale={() => void refresh()}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="add">
              <AccordionHeader as="h3">Add an entry</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <AddEntryForm table={table} people={people} onChanged={refresh} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="repair">
              <AccordionHeader as="h3">Repair the table</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <RepairSection model={model} pack={pack} repair={repair} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="export">
              <AccordionHeader as="h3">Download as CSV</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <ExportSection model={model} pack={pack} />
              </AccordionPanel>
            </AccordionItem>
          </>
        )}
      </Accordion>
    </div>
  );
}
