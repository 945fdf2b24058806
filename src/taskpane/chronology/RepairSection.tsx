import { useEffect, useRef } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DocModel } from "../../core/model/types";
import type { Pack } from "../../core/packs/schema";
import { MessageText } from "../components/MessageText";
import { RepairPreviewView } from "./RepairPreviewView";
import { REPAIRS, type RepairState } from "./useRepair";
import type { useRepair } from "./useRepair";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  preview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
});

function titleOf(state: RepairState): string | undefined {
  return REPAIRS.find((r) => "kind" in state && r.kind === state.kind)?.label;
}

/**
 * The repairs: each shows its preview (every change, and what it could not do) and changes the
 * document only on Apply, in one batch.
 */
export function RepairSection({
  model,
  pack,
  repair,
}: {
  model: DocModel;
  pack: Pack;
  repair: ReturnType<typeof useRepair>;
}) {
  const styles = useStyles();
  const { state } = repair;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const refusedRef = useRef<HTMLSpanElement>(null);
  const busy = state.phase === "applying";

  // A new preview takes focus, so keyboard and screen-reader users land on what it will do.
  useEffect(() => {
    if (state.phase === "preview") titleRef.current?.focus();
    if (state.phase === "refused") refusedRef.current?.focus();
  }, [state]);

  return (
    <div className={styles.root}>
      <Text>Each repair shows every change first; nothing changes until you choose Apply.</Text>
      <div className={styles.buttons}>
        {REPAIRS.map((r) => (
          <Button
            key={r.kind}
            disabledFocusable={busy}
            onClick={() => repair.preview(r.kind, model, pack)}
          >
            {r.label}
          </Button>
        ))}
      </div>
      {(state.phase === "preview" || state.phase === "applying") && (
        <div className={styles.preview} data-testid="repair-preview">
          <h4 ref={titleRef} tabIndex={-1} className={styles.title}>
            {titleOf(state)}: preview
          </h4>
          <RepairPreviewView preview={state.preview} />
          <div className={styles.buttons}>
            {state.plan.edits.length > 0 && (
              <Button
                appearance="primary"
                disabledFocusable={busy}
                onClick={() => void repair.apply()}
              >
                Apply
              </Button>
            )}
            <Button disabledFocusable={busy} onClick={repair.close}>
              {state.plan.edits.length > 0 ? "Cancel" : "Close"}
            </Button>
            <div aria-live="polite">
              {busy && <Spinner size="tiny" labelPosition="after" label="Applying…" />}
            </div>
          </div>
        </div>
      )}
      <div aria-live="polite" data-testid="repair-result">
        {state.phase === "refused" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                <span ref={refusedRef} tabIndex={-1}>
                  {titleOf(state)}: not possible
                </span>
              </MessageBarTitle>
              <MessageText>{state.message}</MessageText>
            </MessageBarBody>
          </MessageBar>
        )}
        {state.phase === "applied" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        )}
        {state.phase === "failed" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Nothing was changed</MessageBarTitle>
              <MessageText>{state.reason}</MessageText>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
