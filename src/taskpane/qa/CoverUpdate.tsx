import { useCallback, useEffect, useId, useRef, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { findCoverTable } from "../../core/anonymise/suggest";
import type { Edit } from "../../core/edits/plan";
import type { DocModel } from "../../core/model/types";
import type { Pack } from "../../core/packs/schema";
import { coverEdits } from "../../core/qa/cover";
import type { QaState } from "../../core/qa/schema";
import { useGateway } from "../context/GatewayContext";
import { MessageText } from "../components/MessageText";
import { logError } from "../config/error-log";
import { plainReason } from "../plainReason";
import { useQaStyles } from "./styles";

const useStyles = makeStyles({
  changes: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  before: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground2 },
});

type CellEdit = Extract<Edit, { kind: "replaceCellText" }>;

type Phase =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "preview"; edits: { edit: CellEdit; label: string }[] }
  | { kind: "applying" }
  | { kind: "done"; message: string; intent: "success" | "info" | "warning" | "error" };

function shorten(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t || "(empty)";
}

/**
 * Fill the cover table's "Quality assured and approved by" and date cells from the QA record:
 * the changes are shown first and made in one batch (refused, with the reason, if the cover table
 * changed since it was read). `previewToken` changing opens the preview (after a sign-off).
 */
export function CoverUpdate({
  pack,
  state,
  readDocument,
  previewToken,
}: {
  pack: Pack;
  state: QaState;
  readDocument: () => Promise<DocModel | undefined>;
  previewToken: number;
}) {
  const styles = { ...useQaStyles(), ...useStyles() };
  const gateway = useGateway();
  const headingId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const stateRef = useRef(state);
  stateRef.current = state;

  const preview = useCallback(async () => {
    setPhase({ kind: "reading" });
    const model = await readDocument();
    if (!model) {
      setPhase({
        kind: "done",
        intent: "error",
        message: "Word couldn't read the document, so the cover table wasn't changed.",
      });
      return;
    }
    const table = findCoverTable(model, pack);
    if (!table) {
      setPhase({
        kind: "done",
        intent: "info",
        message: "There is no cover table in this document to fill in.",
      });
      return;
    }
    const edits = coverEdits(model, pack, stateRef.current).map((edit) => ({
      edit,
      label: table.rows[edit.row]?.[0]?.trim() ?? "",
    }));
    setPhase(
      edits.length === 0
        ? {
            kind: "done",
            intent: "info",
            message: "The cover table already shows the sign-off and the dates recorded here.",
          }
        : { kind: "preview", edits },
    );
  }, [pack, readDocument]);

  useEffect(() => {
    if (previewToken > 0) void preview();
  }, [previewToken, preview]);

  const apply = async (edits: CellEdit[]) => {
    setPhase({ kind: "applying" });
    try {
      const result = await gateway.applyPlan({
        description: "Fill in the cover table from the QA record",
        edits,
      });
      if (!result.ok) {
        setPhase({ kind: "done", intent: "warning", message: result.reason });
        return;
      }
      // applyPlan turns a cell whose whole guidance hint was replaced into ordinary text, so the
      // sign-off is not taken for guidance (and removed with it) later.
      setPhase({
        kind: "done",
        intent: "success",
        message: `The cover table is filled in (${result.applied} ${result.applied === 1 ? "cell" : "cells"}).`,
      });
      void readDocument();
    } catch (err) {
      logError("updating the cover table", err);
      setPhase({ kind: "done", intent: "error", message: plainReason(err) });
    }
  };

  const busy = phase.kind === "reading" || phase.kind === "applying";
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Cover table
      </Subtitle2>
      <Text size={200} className={styles.muted}>
        Puts the sign-off and the dates into the cover table. You see the changes before they are
        made.
      </Text>
      <div className={styles.row}>
        <Button disabledFocusable={busy} onClick={() => void preview()}>
          Fill in the cover table…
        </Button>
        <div role="status" aria-live="polite">
          {busy && (
            <Spinner
              size="tiny"
              labelPosition="after"
              label={phase.kind === "reading" ? "Reading the cover table…" : "Filling in…"}
            />
          )}
        </div>
      </div>
      {phase.kind === "preview" && (
        <MessageBar intent="info" layout="multiline" data-testid="cover-preview">
          <MessageBarBody>
            <MessageBarTitle>These cover table cells will change</MessageBarTitle>
            <ul className={styles.changes}>
              {phase.edits.map(({ edit, label }) => (
                <li key={`${edit.row}-${edit.column}`}>
                  <Text weight="semibold">{label}</Text>
                  <br />
                  <span className={styles.before}>{shorten(edit.expected)}</span>
                  {" → "}
                  <span>{edit.replacement}</span>
                </li>
              ))}
            </ul>
            <div className={styles.row}>
              <Button
                appearance="primary"
                onClick={() => void apply(phase.edits.map((e) => e.edit))}
              >
                Make these changes
              </Button>
              <Button appearance="secondary" onClick={() => setPhase({ kind: "idle" })}>
                Cancel
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === "done" && (
        <MessageBar intent={phase.intent} layout="multiline" data-testid="cover-result">
          <MessageBarBody>
            <MessageText>{phase.message}</MessageText>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
