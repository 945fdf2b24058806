import { useId } from "react";
import {
  Button,
  Caption1,
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { MessageText } from "../components/MessageText";
import { useCapabilities } from "../context/GatewayContext";
import { PackChooser } from "../findings/PackChooser";
import { ChecksSummary } from "../submit/ChecksSummary";
import { mayGoOn } from "../submit/checks";
import { RemovalPreview } from "../submit/RemovalPreview";
import { Outcome, SubmitActions } from "../submit/SubmitActions";
import { useSubmission, type PrepareState } from "../submit/useSubmission";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  button: { alignSelf: "flex-start" },
  muted: { color: tokens.colorNeutralForeground2 },
});

const STEP_LABELS = {
  read: "Reading the document…",
  check: "Checking the report…",
  file: "Looking for other red or italic text in the file",
} as const;

function PrepareProgress({ state }: { state: PrepareState }) {
  return (
    <div aria-live="polite" role="status">
      {state.phase === "working" && (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={
            state.step === "file"
              ? `${STEP_LABELS.file}${state.fraction !== undefined ? ` (${Math.round(state.fraction * 100)}%)` : ""}…`
              : STEP_LABELS[state.step]
          }
        />
      )}
    </div>
  );
}

/**
 * The Submit tab: "Prepare for submission" runs the checks, shows what guidance will be removed,
 * then makes a clean copy (the default; the draft is untouched) or removes the guidance from this
 * document after the author confirms.
 */
export function SubmitPanel() {
  const styles = useStyles();
  const headingId = useId();
  const flow = useSubmission();
  const caps = useCapabilities();
  const { prepare } = flow;
  // Once the guidance is gone from the document, what was prepared is history: say what happened.
  const removed = flow.action.phase === "removed";
  const prepared = prepare.phase === "ready" && !removed ? prepare.prepared : undefined;

  return (
    <div className={styles.root}>
      <section className={styles.intro} aria-labelledby={headingId}>
        <Subtitle2 as="h2" id={headingId} className={styles.heading}>
          Prepare for submission
        </Subtitle2>
        <Text>
          Check the report, see exactly which guidance notes will go, then make a clean copy to
          submit. Nothing is removed until you choose.
        </Text>
        <Button
          appearance="primary"
          className={styles.button}
          disabledFocusable={flow.busy}
          onClick={() => void flow.start()}
        >
          {prepared || removed ? "Prepare again" : "Prepare for submission"}
        </Button>
        <PrepareProgress state={prepare} />
        {prepare.phase === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>The document couldn&rsquo;t be prepared</MessageBarTitle>
              <MessageText>{prepare.reason}</MessageText>
            </MessageBarBody>
          </MessageBar>
        )}
        {prepare.phase === "choose-pack" && (
          <>
            <Text>
              The add-in couldn&rsquo;t tell which template this report follows. Choose it to check
              the report against.
            </Text>
            <PackChooser onChoose={(id) => void flow.choosePack(id)} />
          </>
        )}
        {removed && <Outcome action={flow.action} />}
        {prepared && flow.stale && (
          <MessageBar intent="warning" layout="multiline" data-testid="submit-stale">
            <MessageBarBody>
              {caps.paragraphEvents
                ? "The document has changed since you prepared it."
                : "The document may have changed since you prepared it (this Word reports only that the cursor moved)."}{" "}
              Prepare again to bring this up to date.
            </MessageBarBody>
          </MessageBar>
        )}
        {prepared && (
          <Caption1 className={styles.muted}>
            Checked against the {prepared.pack.title} template ({prepared.packReason}).
          </Caption1>
        )}
      </section>
      {prepared && (
        <>
          <ChecksSummary
            checks={prepared.checks}
            acknowledged={flow.acknowledged}
            onAcknowledge={flow.setAcknowledged}
          />
          <Divider />
          <RemovalPreview
            preview={prepared.preview}
            file={prepared.file}
            privacyOptions={flow.privacyOptions}
          />
          <Divider />
          <SubmitActions
            prepared={prepared}
            flow={flow}
            allowed={mayGoOn(prepared.checks, flow.acknowledged)}
          />
        </>
      )}
    </div>
  );
}
