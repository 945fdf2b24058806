import { useId, useState } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { summariseReport } from "../../docx/strip/report";
import { MessageText } from "../components/MessageText";
import { useCapabilities } from "../context/GatewayContext";
import type { CleanCopyResult, CleanCopyStep } from "./clean-copy";
import { privacyBlock, privacyItems } from "./privacy";
import { RemoveConfirmDialog } from "./RemoveConfirmDialog";
import type { ActionState, Prepared, Submission } from "./useSubmission";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  choice: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  button: { alignSelf: "flex-start" },
  hint: { color: tokens.colorNeutralForeground2 },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  current: { fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorNeutralForeground2 },
});

const STEPS: readonly { step: CleanCopyStep; label: string }[] = [
  { step: "read", label: "Reading the file from Word" },
  { step: "strip", label: "Taking out the guidance" },
  { step: "open", label: "Opening the clean copy" },
];

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function CopyProgress({ step, fraction }: { step: CleanCopyStep; fraction?: number }) {
  const styles = useStyles();
  const at = STEPS.findIndex((s) => s.step === step);
  const percent = fraction === undefined ? undefined : Math.round(fraction * 100);
  const now = `Step ${at + 1} of ${STEPS.length}: ${STEPS[at].label.toLowerCase()}${percent === undefined ? "" : ` (${percent}%)`}…`;
  return (
    <div data-testid="submit-copy-progress">
      <ol className={styles.steps}>
        {STEPS.map((s, i) => (
          <li key={s.step} className={i === at ? styles.current : i < at ? styles.done : undefined}>
            {s.label}
            {i < at ? " — done" : ""}
          </li>
        ))}
      </ol>
      <Field validationMessage={now} validationState="none">
        <ProgressBar value={step === "read" ? fraction : undefined} aria-label={STEPS[at].label} />
      </Field>
    </div>
  );
}

/** What the clean copy or the removal did. */
export function Outcome({ action }: { action: ActionState }) {
  switch (action.phase) {
    case "copied": {
      const { result } = action;
      const summary = summariseReport(result.report, "Removed");
      const kept = result.report.notes.filter((n) => n.authorTextKept).length;
      const keptText =
        (kept > 0
          ? ` ${plural(kept, "guidance box", "guidance boxes")} had text of yours in plain formatting: it was kept in the copy.`
          : "") + leftOutText(result);
      return result.how === "opened" ? (
        <MessageBar intent="success" layout="multiline" data-testid="submit-result">
          <MessageBarBody>
            <MessageBarTitle>The clean copy is open in a new Word window</MessageBarTitle>
            <MessageText>
              {summary}
              {keptText} Save the copy under a new name and submit that file. Your draft is
              unchanged.
            </MessageText>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning" layout="multiline" data-testid="submit-result">
          <MessageBarBody>
            <MessageBarTitle>The clean copy was downloaded instead</MessageBarTitle>
            <MessageText>
              Word couldn&rsquo;t open it in a new window, so it was saved as &ldquo;
              {result.fileName}&rdquo; in your downloads. {summary}
              {keptText} Open it, check it and submit it. Your draft is unchanged. (Word said:{" "}
              {result.why})
            </MessageText>
          </MessageBarBody>
        </MessageBar>
      );
    }
    case "removed":
      return (
        <MessageBar intent="success" layout="multiline" data-testid="submit-result">
          <MessageBarBody>
            <MessageBarTitle>
              Removed {plural(action.removed, "guidance note")} from this document
            </MessageBarTitle>
            <MessageText>
              Word&rsquo;s Undo (Ctrl+Z, or Cmd+Z on a Mac) puts them back. Prepare again to check
              the report without them.
            </MessageText>
          </MessageBarBody>
        </MessageBar>
      );
    case "refused":
      return (
        <MessageBar intent="warning" layout="multiline" data-testid="submit-result">
          <MessageBarBody>
            <MessageBarTitle>Nothing was removed</MessageBarTitle>
            <MessageText>{action.reason}</MessageText>
          </MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline" data-testid="submit-result">
          <MessageBarBody>
            <MessageBarTitle>That didn&rsquo;t work</MessageBarTitle>
            <MessageText>{action.reason}</MessageText>
          </MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}

function leftOutText(result: CleanCopyResult): string {
  const out = [...result.dropped];
  if (result.privacy.keyTables.length > 0) out.push("the key to initials");
  if (result.privacy.commentsRemoved > 0)
    out.push(plural(result.privacy.commentsRemoved, "comment", "comments"));
  if (result.privacy.propertiesCleared.length > 0)
    out.push(`the document's ${result.privacy.propertiesCleared.join(" and ")} properties`);
  return out.length > 0 ? ` Left out of the copy: ${out.join(", ")}.` : "";
}

/** Step 3 of "Prepare for submission": a clean copy (the default), or removal in place. */
export function SubmitActions({
  prepared,
  flow,
  allowed,
}: {
  prepared: Prepared;
  flow: Submission;
  /** No errors, or the author has said they submit with them. */
  allowed: boolean;
}) {
  const styles = useStyles();
  const caps = useCapabilities();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const restoreFocusTarget = useRestoreFocusTarget();
  const { action, busy, stale } = flow;
  const { preview, file } = prepared;
  const redItalic =
    "report" in file ? file.report.notes.filter((n) => n.kind === "red-italic").length : 0;

  const privacy = "privacy" in file ? privacyItems(file.privacy, flow.privacyOptions) : undefined;
  const copyBlocked = !caps.fileAccess
    ? "This Word can't give the add-in a copy of the file, so a clean copy can't be made here. Remove the guidance from this document instead (save a copy of your draft first), or run the imr clean command on the saved file."
    : privacy
      ? privacyBlock(privacy, flow.namesChecked)
      : undefined;
  const removeBlocked = stale
    ? `The document ${caps.paragraphEvents ? "has" : "may have"} changed since you prepared it: prepare again first.`
    : preview.count === 0
      ? "There are no guidance boxes in this document to remove."
      : undefined;

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="submit-actions">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        3. Submit
      </Subtitle2>
      {!allowed && (
        <Text>Fix the errors above, or tick &ldquo;Submit anyway&rdquo;, to go on.</Text>
      )}
      {privacy && (privacy.hasKey || privacy.comments > 0 || privacy.names.length > 0) && (
        <div className={styles.choice} data-testid="submit-copy-options">
          {privacy.hasKey && (
            <Checkbox
              checked={!!flow.privacyOptions.keepKey}
              onChange={(_, d) =>
                flow.setPrivacyOptions({ ...flow.privacyOptions, keepKey: !!d.checked })
              }
              label="Keep the key to initials (a copy for the review panel only)"
            />
          )}
          {privacy.comments > 0 && (
            <Checkbox
              checked={!!flow.privacyOptions.keepComments}
              onChange={(_, d) =>
                flow.setPrivacyOptions({ ...flow.privacyOptions, keepComments: !!d.checked })
              }
              label={`Keep the ${plural(privacy.comments, "comment", "comments")} (reviewers' notes)`}
            />
          )}
          {privacy.names.length > 0 && (
            <Checkbox
              checked={flow.namesChecked}
              onChange={(_, d) => flow.setNamesChecked(!!d.checked)}
              label="I have checked the real names listed above: make the copy anyway"
            />
          )}
        </div>
      )}
      <div className={styles.choice}>
        <Button
          appearance="primary"
          className={styles.button}
          disabledFocusable={!allowed || busy || !!copyBlocked}
          onClick={() => void flow.cleanCopy()}
        >
          Create a clean copy
        </Button>
        <Caption1 className={styles.hint}>
          {copyBlocked ??
            "Recommended. Opens a copy without the guidance in a new Word window (or downloads it); your draft keeps everything."}
        </Caption1>
      </div>
      <div className={styles.choice}>
        <Button
          {...restoreFocusTarget}
          className={styles.button}
          disabledFocusable={!allowed || busy || !!removeBlocked}
          onClick={() => setConfirming(true)}
        >
          Remove guidance from this document…
        </Button>
        <Caption1 className={styles.hint}>
          {removeBlocked ??
            `Deletes the ${plural(preview.count, "guidance note")} from this document, after you confirm.`}
        </Caption1>
      </div>
      <div aria-live="polite" role="status">
        {action.phase === "copying" && (
          <CopyProgress step={action.step} fraction={action.fraction} />
        )}
        {action.phase === "removing" && (
          <Spinner size="tiny" labelPosition="after" label="Removing the guidance…" />
        )}
      </div>
      {action.phase !== "removed" && <Outcome action={action} />}
      <RemoveConfirmDialog
        open={confirming}
        preview={preview}
        redItalic={redItalic}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void flow.removeInPlace();
        }}
      />
    </section>
  );
}
