import { useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { agencyName } from "../../core/chronology/details";
import { chronologyCsv } from "../../core/chronology/export";
import type { DocModel } from "../../core/model/types";
import type { Pack } from "../../core/packs/schema";
import { CSV_TYPE, downloadFile } from "../download";
import { csvFileName } from "./file-name";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Outcome = { ok: true; text: string } | { ok: false; text: string };

/**
 * Save the chronology as CSV (the template's columns plus Agency; UTF-8 with a byte order mark,
 * RFC 4180) through the browser's download (../download.ts); the file's name carries the agency
 * and today's date.
 */
export function ExportSection({ model, pack }: { model: DocModel; pack: Pack }) {
  const styles = useStyles();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const save = () => {
    const result = chronologyCsv(model, pack);
    if (!result.ok) {
      setOutcome({ ok: false, text: result.message });
      return;
    }
    const agency = agencyName(model);
    const name = csvFileName(agency, new Date());
    downloadFile(result.csv, name, CSV_TYPE);
    const omitted =
      result.omitted.length > 0
        ? ` Not included: ${result.omitted.map((h) => `"${h}"`).join(", ")} (not a column of the template).`
        : "";
    const noAgency = agency
      ? ""
      : ' The document does not name its agency ("Name of Agency"), so the Agency column is empty.';
    setOutcome({
      ok: true,
      text: `Downloaded as ${name} (look in your Downloads folder).${noAgency}${omitted}`,
    });
  };
  return (
    <div className={styles.root}>
      <Text>
        The template&rsquo;s columns plus the agency&rsquo;s name, as a CSV file that opens in Excel
        and merges with other agencies&rsquo; chronologies (imr chronology merge).
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={save}>
          Download CSV
        </Button>
      </div>
      <div aria-live="polite" data-testid="export-result">
        {outcome && (
          <MessageBar intent={outcome.ok ? "success" : "error"} layout="multiline">
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
