import { useId, useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { QaSet } from "../../core/packs/schema";
import type { QaState } from "../../core/qa/schema";
import { addComment, anchorFrom } from "../../core/qa/state";
import { useGateway } from "../context/GatewayContext";
import { logError } from "../config/error-log";
import { plainReason } from "../plainReason";
import type { ApplyChange } from "./apply";
import { commentText, shortCriterion, whenText } from "./labels";
import { useQaStyles } from "./styles";

const useStyles = makeStyles({
  comments: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  comment: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

type Outcome = { intent: "success" | "warning" | "error"; text: string };

/**
 * A comment on the text: a real Word comment on the selection, tagged with the criterion it is
 * about ("[QA: Report includes chronology…] …"), and kept in the QA record with the first words
 * of the selection so it can be found again.
 */
export function CommentSection({
  set,
  state,
  editable,
  supported,
  blocked,
  by,
  apply,
}: {
  set: QaSet;
  state: QaState;
  editable: boolean;
  /** False where Word has no comments API (WordApi 1.4). */
  supported: boolean;
  blocked?: string;
  by: string;
  apply: ApplyChange;
}) {
  const styles = { ...useQaStyles(), ...useStyles() };
  const gateway = useGateway();
  const headingId = useId();
  const [criterionId, setCriterionId] = useState("");
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const criterion = set.criteria.find((c) => c.id === criterionId);

  const comment = async () => {
    if (!text.trim()) {
      setOutcome({ intent: "warning", text: "Write the comment first." });
      return;
    }
    setBusy(true);
    setOutcome(undefined);
    try {
      const selection = await gateway.selectedText();
      if (!selection.trim()) {
        setOutcome({
          intent: "warning",
          text: "Nothing is selected. Select the words in the document the comment is about, then try again.",
        });
        return;
      }
      const added = await gateway.commentOnSelection(commentText(text, criterion?.text));
      if (!added) {
        setOutcome({
          intent: "warning",
          text: "Nothing is selected. Select the words in the document the comment is about, then try again.",
        });
        return;
      }
      const reason = apply((s) =>
        addComment(s, { text, by, criterionId: criterion?.id, selection }, new Date(), set),
      );
      setOutcome(
        reason
          ? {
              intent: "warning",
              text: `The comment is in the document, but not in the QA record: ${reason}`,
            }
          : { intent: "success", text: `Comment added on “${anchorFrom(selection)}”.` },
      );
      if (!reason) setText("");
    } catch (err) {
      logError("adding a QA comment", err);
      setOutcome({ intent: "error", text: `The comment wasn't added. ${plainReason(err)}` });
    } finally {
      setBusy(false);
    }
  };

  const canComment = editable && supported && !blocked;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Comments on the text
      </Subtitle2>
      {!supported ? (
        <Text size={200} className={styles.muted}>
          This version of Word can&rsquo;t add comments from an add-in (it needs Word API 1.4).
        </Text>
      ) : editable ? (
        <>
          <Text size={200} className={styles.muted}>
            Select words in the document, then add a comment on them. It appears in Word&rsquo;s
            comments and is kept with the QA record.
          </Text>
          <Field className={styles.field} label="About">
            <Select
              className={styles.control}
              value={criterionId}
              onChange={(_e, d) => setCriterionId(d.value)}
              disabled={!canComment}
            >
              <option value="">The report in general</option>
              {set.criteria.map((c, i) => (
                <option key={c.id} value={c.id}>
                  {i + 1}. {shortCriterion(c.text, 8)}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={styles.field} label="Comment">
            <Textarea
              value={text}
              resize="vertical"
              disabled={!canComment}
              onChange={(_e, d) => setText(d.value)}
            />
          </Field>
          <div className={styles.row}>
            <Button disabledFocusable={!canComment || busy} onClick={() => void comment()}>
              Comment on the selection
            </Button>
            <div role="status" aria-live="polite">
              {busy && <Spinner size="tiny" labelPosition="after" label="Adding the comment…" />}
            </div>
          </div>
          {blocked && (
            <Text size={200} className={styles.muted}>
              {blocked}
            </Text>
          )}
        </>
      ) : null}
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline" data-testid="comment-result">
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.comments.length > 0 ? (
        <ul className={styles.comments} aria-label="Comments in the QA record">
          {state.comments.map((c) => {
            const about = set.criteria.find((x) => x.id === c.criterionId);
            return (
              <li key={c.id} className={styles.comment}>
                <Text size={200} className={styles.muted}>
                  {c.anchorText ? `On “${c.anchorText}”` : "On the report"}
                  {about ? ` · ${shortCriterion(about.text)}` : ""}
                </Text>
                <br />
                <Text>{c.text}</Text>
                <br />
                <Text size={200} className={styles.muted}>
                  {c.by ? `${c.by}, ` : ""}
                  {whenText(c.at)}
                </Text>
              </li>
            );
          })}
        </ul>
      ) : (
        <Text size={200} className={styles.muted}>
          No comments on the text yet.
        </Text>
      )}
    </section>
  );
}
