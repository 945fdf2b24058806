import { useEffect, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatDate } from "../../core/chronology/dates";
import { reviewPeriodFromDocument } from "../../core/chronology/details";
import type { DocModel } from "../../core/model/types";
import { useDocumentSettings } from "../hooks/useDocumentSettings";
import { DateField } from "./DateField";
import { checkPeriod } from "./review-period";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Outcome =
  | { kind: "saved"; text: string }
  | { kind: "session"; text: string }
  | { kind: "cleared" }
  | { kind: "failed"; reason: string };

/**
 * The review period from the terms of reference, set once and kept in the document's settings:
 * the chronology checks flag entries dated outside it. Until it is set, the period the document
 * states (its "Dates as given in the Terms of Reference" field) is used, and offered here.
 */
export function ReviewPeriodSection({ model }: { model: DocModel | undefined }) {
  const styles = useStyles();
  const settings = useDocumentSettings();
  const stored = settings.settings.reviewPeriod;
  const stated = model ? reviewPeriodFromDocument(model) : undefined;
  const [start, setStart] = useState(stored?.start ?? "");
  const [end, setEnd] = useState(stored?.end ?? "");
  const [dirty, setDirty] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  // Show what the document keeps once it has been read, unless the author is editing.
  useEffect(() => {
    if (dirty) return;
    setStart(stored?.start ?? "");
    setEnd(stored?.end ?? "");
  }, [stored?.start, stored?.end, dirty]);

  const check = checkPeriod(start, end);
  const errors: { start?: string; end?: string } = tried && !check.ok ? check : {};

  const edit = (set: (v: string) => void) => (v: string) => {
    set(v);
    setDirty(true);
    setOutcome(undefined);
  };

  const save = async () => {
    setTried(true);
    if (!check.ok) return;
    setBusy(true);
    const r = await settings.setReviewPeriod({ start: check.start, end: check.end });
    setBusy(false);
    if (!r.ok) {
      setOutcome({ kind: "failed", reason: r.reason });
      return;
    }
    setDirty(false);
    setTried(false);
    const text = `${check.start} to ${check.end}`;
    setOutcome(r.saved ? { kind: "saved", text } : { kind: "session", text });
  };

  const clear = async () => {
    setBusy(true);
    const r = await settings.setReviewPeriod(undefined);
    setBusy(false);
    setDirty(false);
    setTried(false);
    setOutcome(r.ok ? { kind: "cleared" } : { kind: "failed", reason: r.reason });
  };

  const statedText = stated ? `${formatDate(stated.start)} to ${formatDate(stated.end)}` : "";
  return (
    <div className={styles.root}>
      <Text>
        {stored
          ? `The review period is ${stored.start} to ${stored.end}: entries dated outside it are flagged.`
          : stated
            ? `Not set yet. The document's terms of reference give ${statedText}, which the checks use until you set the period here.`
            : "Not set yet: set it from the terms of reference, and entries dated outside it are flagged."}
      </Text>
      {!stored && stated && (
        <div className={styles.actions}>
          <Button
            size="small"
            disabled={busy}
            onClick={() => {
              edit(setStart)(formatDate(stated.start));
              edit(setEnd)(formatDate(stated.end));
            }}
          >
            Use {statedText}
          </Button>
        </div>
      )}
      <DateField
        label="Start of the review period"
        value={start}
        onChange={edit(setStart)}
        error={errors.start}
        required
        disabled={busy || !settings.ready}
        testId="period-start"
      />
      <DateField
        label="End of the review period"
        value={end}
        onChange={edit(setEnd)}
        error={errors.end}
        required
        disabled={busy || !settings.ready}
        testId="period-end"
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy || !settings.ready}
          onClick={() => void save()}
        >
          Save the review period
        </Button>
        {stored && (
          <Button disabledFocusable={busy} onClick={() => void clear()}>
            Clear it
          </Button>
        )}
      </div>
      <div aria-live="polite" data-testid="period-result">
        {outcome?.kind === "saved" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>Review period saved in the document: {outcome.text}.</MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === "session" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              Review period set to {outcome.text} until the task pane closes: Word could not keep it
              in the document.
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === "cleared" && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>The review period is cleared.</MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>The review period was not saved: {outcome.reason}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {(settings.notice || settings.saveError) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{settings.saveError ?? settings.notice}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
