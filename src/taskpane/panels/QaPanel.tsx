import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { runChecks } from "../../core/checks/engine";
import { qaEvidence, type EvidenceItem } from "../../core/qa/evidence";
import type { QaState } from "../../core/qa/schema";
import { answer, clearAnswer, emptyState, qaSetOf } from "../../core/qa/state";
import { useCapabilities } from "../context/GatewayContext";
import { MessageText } from "../components/MessageText";
import { useCheckOptions } from "../hooks/useCheckOptions";
import { useReportPack, useSettingsInForce } from "../hooks/useReportPack";
import type { ApplyChange } from "../qa/apply";
import { CommentSection } from "../qa/CommentSection";
import { CoverUpdate } from "../qa/CoverUpdate";
import { CriteriaList } from "../qa/CriteriaList";
import { DatesSection } from "../qa/DatesSection";
import { FormChooser } from "../qa/FormChooser";
import { FormOutput } from "../qa/FormOutput";
import { byLine, progressText } from "../qa/labels";
import { loadReviewer, saveReviewer, type Reviewer } from "../qa/reviewer";
import { ReviewerFields } from "../qa/ReviewerFields";
import { SaveStatus } from "../qa/SaveStatus";
import { SignOffSection } from "../qa/SignOffSection";
import { StatusSection } from "../qa/StatusSection";
import { useQaStyles } from "../qa/styles";
import { useQaRecord } from "../qa/useQaRecord";
import { useReport } from "../qa/useReport";
import { knownPack, offeredPack } from "../report-pack";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXL },
});

/**
 * The QA tab: the QA manager works through the pack's QA form inside the document (answers,
 * comments, evidence from the checks, status, dates, sign-off); the record is kept in the document
 * as a custom XML part and the completed form can be inserted as a table or downloaded.
 */
export function QaPanel() {
  const styles = { ...useQaStyles(), ...useStyles() };
  const caps = useCapabilities();
  const formHeadingId = useId();
  const { record, store } = useQaRecord();
  const { read, refresh } = useReport();
  const [reviewer, setReviewerState] = useState<Reviewer>(() => loadReviewer());
  const setReviewer = (next: Reviewer) => {
    setReviewerState(next);
    saveReviewer(next);
  };
  const [choice, setChoice] = useState<{ packId?: string; setId?: string }>({});
  const [coverToken, setCoverToken] = useState(0);

  const model =
    read.phase === "ready" ? read.model : read.phase === "reading" ? read.previous : undefined;
  const recorded = record.state;
  const organisation = useSettingsInForce();
  // Until the record exists: the template chosen here, or detected among the organisation's.
  const resolved = useReportPack(model, choice.packId);
  const pack = recorded
    ? knownPack(organisation, recorded.packId)
    : (resolved?.pack ?? offeredPack(organisation, choice.packId));
  const setId = recorded?.setId ?? choice.setId ?? pack?.qa.defaultSet;
  const set = pack && setId ? qaSetOf(pack, setId) : undefined;
  const fresh = useMemo(
    () => (pack && set && !recorded ? emptyState(pack, set.id) : undefined),
    [pack, set, recorded],
  );
  const state: QaState | undefined = recorded ?? fresh;
  const freshRef = useRef(fresh);
  freshRef.current = fresh;

  const checkOptions = useCheckOptions();
  const findings = useMemo(
    () => (model && pack ? runChecks(model, pack, checkOptions) : []),
    [model, pack, checkOptions],
  );
  const dates = state?.dates;
  const evidence = useMemo<Partial<Record<string, EvidenceItem[]>>>(
    () => (model && pack ? qaEvidence(model, pack, findings, { dates }) : {}),
    [model, pack, findings, dates],
  );

  const apply: ApplyChange = useCallback(
    (change) => {
      const snapshot = store.getSnapshot();
      if (!store.editable)
        return snapshot.notice ?? "The QA record can't be changed in this document.";
      const current = snapshot.state ?? freshRef.current;
      if (!current) return "Choose the template and the QA form first.";
      const result = change(current);
      if (!result.ok) return result.reason;
      store.update(result.state);
      return undefined;
    },
    [store],
  );

  // Leaving the pane (closing, reloading) saves what is waiting.
  useEffect(() => {
    const flush = () => void store.flush();
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [store]);

  if (!record.loaded || (!recorded && read.phase === "reading" && !model))
    return <Spinner size="small" labelPosition="after" label="Reading the QA record…" />;

  const by = byLine(reviewer.name, reviewer.role);
  const blocked = reviewer.name.trim() ? undefined : "Enter your name above first.";
  const canChange = store.editable;
  const reviewing = canChange && reviewer.view === "reviewer";
  const answered = set && state ? set.criteria.filter((c) => state.answers[c.id]).length : 0;

  return (
    <div className={styles.root}>
      {record.source === "read-only" && (
        <MessageBar intent="warning" layout="multiline" data-testid="qa-read-only">
          <MessageBarBody>
            <MessageBarTitle>This QA record can&rsquo;t be changed here</MessageBarTitle>
            <MessageText>{record.notice}</MessageText>
          </MessageBarBody>
        </MessageBar>
      )}
      {record.source === "session" && (
        <MessageBar intent="warning" layout="multiline" data-testid="qa-session-only">
          <MessageBarBody>
            <MessageBarTitle>QA can&rsquo;t be stored in this version of Word</MessageBarTitle>
            <MessageText>{record.notice}</MessageText>
          </MessageBarBody>
        </MessageBar>
      )}
      {record.migratedFrom !== undefined && record.source === "stored" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            This QA record was saved by an older version of IMR Assistant. It is shown in the
            current form, and saved that way when you next change something.
          </MessageBarBody>
        </MessageBar>
      )}
      <ReviewerFields reviewer={reviewer} onChange={setReviewer} />
      {recorded && !pack ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            This QA record is for the template &ldquo;{recorded.packId}&rdquo;, which this version
            of IMR Assistant doesn&rsquo;t have, so its form can&rsquo;t be shown.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <section className={styles.section} aria-labelledby={formHeadingId}>
          <Subtitle2 as="h2" id={formHeadingId} className={styles.heading}>
            QA form
          </Subtitle2>
          <FormChooser
            pack={pack}
            set={set}
            recorded={!!recorded}
            detectedReason={resolved?.how === "detected" ? resolved.detection.reason : undefined}
            onPack={(id) => setChoice({ packId: id || undefined })}
            onSet={(id) => setChoice((c) => ({ ...c, setId: id }))}
          />
          {set && state && (
            <>
              <div role="status" aria-live="polite" data-testid="qa-progress">
                <Text weight="semibold">{progressText(answered, set.criteria.length)}</Text>
              </div>
              <ProgressBar
                value={set.criteria.length ? answered / set.criteria.length : 0}
                aria-label="Criteria answered"
              />
              <SaveStatus record={record} />
              {reviewer.view === "author" && (
                <Text size={200} className={styles.muted}>
                  You are looking at it as the author: the answers and comments are read-only.
                </Text>
              )}
              <div className={styles.row}>
                <Button
                  size="small"
                  disabledFocusable={read.phase === "reading"}
                  onClick={() => void refresh()}
                >
                  Check the report again
                </Button>
                <div role="status" aria-live="polite">
                  {read.phase === "reading" ? (
                    <Spinner size="extra-tiny" labelPosition="after" label="Reading the report…" />
                  ) : read.phase === "failed" ? (
                    <Text size={200}>Word couldn&rsquo;t read the report: {read.reason}</Text>
                  ) : (
                    <Text size={200} className={styles.muted}>
                      Evidence from the checks is under each criterion.
                    </Text>
                  )}
                </div>
              </div>
              <CriteriaList
                set={set}
                state={state}
                evidence={evidence}
                editable={reviewing}
                blocked={blocked}
                onAnswer={(id, value, comment) =>
                  apply((s) => answer(s, set, id, value, comment, by, new Date()))
                }
                onClear={(id) => apply((s) => clearAnswer(s, id))}
              />
            </>
          )}
        </section>
      )}
      {pack && set && state && (
        <>
          <CommentSection
            set={set}
            state={state}
            editable={reviewing}
            supported={caps.comments}
            blocked={blocked}
            by={by}
            apply={apply}
          />
          <StatusSection
            set={set}
            state={state}
            view={reviewer.view}
            editable={canChange}
            by={by}
            blocked={blocked}
            apply={apply}
          />
          <DatesSection state={state} editable={canChange} apply={apply} />
          <SignOffSection
            state={state}
            editable={reviewing}
            blocked={blocked}
            defaults={{ name: reviewer.name, role: reviewer.role }}
            apply={apply}
            onSigned={() => setCoverToken((n) => n + 1)}
          />
          <CoverUpdate pack={pack} state={state} readDocument={refresh} previewToken={coverToken} />
          <FormOutput set={set} state={state} />
        </>
      )}
    </div>
  );
}
