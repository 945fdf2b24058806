import { useId, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import type { QaSet } from "../../core/packs/schema";
import { qaFormBlocks } from "../../core/qa/form";
import type { QaState } from "../../core/qa/schema";
import { useGateway } from "../context/GatewayContext";
import { logError } from "../config/error-log";
import { plainReason } from "../plainReason";
import { qaFormCsv, qaFormFileName } from "./csv";
import { CSV_TYPE, downloadFile } from "../download";
import { useQaStyles } from "./styles";

type Outcome = { intent: "success" | "error"; text: string };

/** The completed QA form: inserted at the end of the document as a table, or downloaded as CSV. */
export function FormOutput({ set, state }: { set: QaSet; state: QaState }) {
  const styles = useQaStyles();
  const gateway = useGateway();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const insert = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const form = qaFormBlocks(set, state);
      await gateway.appendTable(form.heading, form.table, form.lines);
      setOutcome({
        intent: "success",
        text: `The QA form is at the end of the document: “${form.heading}”, ${set.criteria.length} criteria.`,
      });
    } catch (err) {
      logError("inserting the QA form", err);
      setOutcome({ intent: "error", text: `The QA form wasn't inserted. ${plainReason(err)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        The completed form
      </Subtitle2>
      <Text size={200} className={styles.muted}>
        Insert the form as a table at the end of the report, or download it as a CSV file that opens
        in Excel (one row per criterion) to keep with your other reviews.
      </Text>
      <div className={styles.row}>
        <Button disabledFocusable={busy} onClick={() => void insert()}>
          Insert the form at the end
        </Button>
        <Button
          onClick={() =>
            downloadFile(qaFormCsv(set, state), qaFormFileName(set, new Date()), CSV_TYPE)
          }
        >
          Download as CSV
        </Button>
        <div role="status" aria-live="polite">
          {busy && <Spinner size="tiny" labelPosition="after" label="Inserting the form…" />}
        </div>
      </div>
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline" data-testid="form-result">
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
