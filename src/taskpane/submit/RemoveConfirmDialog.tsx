import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RemovalPreview } from "./preview";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Asked before guidance is removed from the draft itself: how many notes go, that only Word's
 * Undo brings them back, and which notes have the author's typing in them.
 */
export function RemoveConfirmDialog({
  open,
  preview,
  redItalic,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  preview: RemovalPreview;
  /** Red italic passages outside guidance boxes, which removal in place leaves. */
  redItalic: number;
  onConfirm(): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const n = preview.count;
  const edited = preview.edited.length;
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_e, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface aria-describedby="imr-remove-guidance-text">
        <DialogBody>
          <DialogTitle>Remove {plural(n, "guidance note")} from this document?</DialogTitle>
          <DialogContent id="imr-remove-guidance-text" className={styles.content}>
            <span>
              {n === 1 ? "The note" : `All ${n} notes`} and anything typed inside{" "}
              {n === 1 ? "it" : "them"} will be deleted from this document.{" "}
              <span className={styles.strong}>
                This can&rsquo;t be undone except with Word&rsquo;s Undo
              </span>{" "}
              (Ctrl+Z, or Cmd+Z on a Mac). A clean copy leaves your draft as it is.
            </span>
            {edited > 0 && (
              <span>
                {edited === 1
                  ? "1 note has been edited — its text will be removed too:"
                  : `${edited} notes have been edited — their text will be removed too:`}
                <ul className={styles.list}>
                  {preview.edited.map((note) => (
                    <li key={note.key}>
                      {note.section}: &ldquo;{note.firstWords}&rdquo;
                    </li>
                  ))}
                </ul>
              </span>
            )}
            {redItalic > 0 && (
              <span>
                {plural(redItalic, "passage")} of red italic text outside the guidance boxes will
                stay: delete {redItalic === 1 ? "it" : "them"} yourself if{" "}
                {redItalic === 1 ? "it is" : "they are"} guidance.
              </span>
            )}
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={onConfirm}>
              Remove {plural(n, "note")}
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
