import { useId, useState } from "react";
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { QaSet } from "../../core/packs/schema";
import { QA_STATUS_LABELS, type QaState, type QaStatus } from "../../core/qa/schema";
import { ALLOWED_TRANSITIONS, setStatus } from "../../core/qa/state";
import type { ApplyChange } from "./apply";
import { transitionIsFor, transitionLabel, whenText } from "./labels";
import type { QaView } from "./reviewer";
import { useQaStyles } from "./styles";

const useStyles = makeStyles({
  choices: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  choice: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "2px" },
});

/**
 * Where the report is in quality assurance, and the moves it can make from there. A move that
 * isn't possible yet stays visible with the reason (e.g. approving needs every answer and the
 * sign-off).
 */
export function StatusSection({
  set,
  state,
  view,
  editable,
  by,
  blocked,
  apply,
}: {
  set: QaSet;
  state: QaState;
  view: QaView;
  editable: boolean;
  by: string;
  blocked?: string;
  apply: ApplyChange;
}) {
  const styles = { ...useQaStyles(), ...useStyles() };
  const headingId = useId();
  const [problem, setProblem] = useState<string | undefined>();
  const last = state.history[state.history.length - 1];
  const moves = ALLOWED_TRANSITIONS[state.status].filter((to) => transitionIsFor(to, view));
  const now = new Date();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Status
      </Subtitle2>
      <div className={styles.row}>
        <Badge appearance="tint" color={state.status === "approved" ? "success" : "brand"}>
          {QA_STATUS_LABELS[state.status]}
        </Badge>
      </div>
      {last && (
        <Text size={200} className={styles.muted}>
          {QA_STATUS_LABELS[last.status]}
          {last.by ? ` by ${last.by}` : ""} on {whenText(last.at)}
        </Text>
      )}
      {editable && (
        <div className={styles.choices}>
          {moves.map((to: QaStatus) => {
            const result = setStatus(state, set, to, by, now);
            const reason = blocked ?? (result.ok ? undefined : result.reason);
            const reasonId = `${headingId}-${to}`;
            return (
              <div key={to} className={styles.choice}>
                <Button
                  appearance={to === "approved" ? "primary" : "secondary"}
                  disabledFocusable={!!reason}
                  aria-describedby={reason ? reasonId : undefined}
                  onClick={() => setProblem(apply((s) => setStatus(s, set, to, by, new Date())))}
                >
                  {transitionLabel(state.status, to)}
                </Button>
                {reason && (
                  <Text id={reasonId} size={200} className={styles.muted}>
                    {reason}
                  </Text>
                )}
              </div>
            );
          })}
          {moves.length === 0 && (
            <Text size={200} className={styles.muted}>
              {view === "author"
                ? "The QA reviewer decides what happens next."
                : "Nothing to do here until the author submits the report."}
            </Text>
          )}
        </div>
      )}
      {problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
