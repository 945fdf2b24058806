import type { ReactNode } from "react";
import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RecordSnapshot } from "./record-store";

const useStyles = makeStyles({
  root: { minHeight: "20px", display: "flex", alignItems: "center" },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  muted: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Whether the QA record is saved in the document, announced politely as it changes. */
export function SaveStatus({ record }: { record: RecordSnapshot }) {
  const styles = useStyles();
  let content: ReactNode = null;
  const { save, source } = record;
  if (source === "session")
    content = (
      <Text size={200} className={styles.muted}>
        Kept only while this pane is open
      </Text>
    );
  else if (source === "read-only")
    content = (
      <Text size={200} className={styles.muted}>
        Read-only: not saved
      </Text>
    );
  else if (save.phase === "pending" || save.phase === "saving")
    content = <Spinner size="extra-tiny" labelPosition="after" label="Saving…" />;
  else if (save.phase === "failed")
    content = (
      <Text size={200} className={styles.error}>
        {save.reason}
      </Text>
    );
  else if (save.phase === "saved" || source === "stored")
    content = (
      <Text size={200} className={styles.ok} data-testid="qa-saved">
        Saved in the document
      </Text>
    );
  else
    content = (
      <Text size={200} className={styles.muted}>
        Saved in the document from your first answer
      </Text>
    );
  return (
    <div className={styles.root} role="status" aria-live="polite" data-testid="qa-save-status">
      {content}
    </div>
  );
}
