import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { InsertPosition } from "../../word/gateway";

/**
 * Asked when the document already has text: where the template goes. There is no "replace"
 * choice: the add-in never overwrites what the author wrote.
 */
export function InsertPositionDialog({
  open,
  onChoose,
  onCancel,
}: {
  open: boolean;
  onChoose: (position: InsertPosition) => void;
  onCancel: () => void;
}) {
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_e, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface aria-describedby="imr-insert-position-text">
        <DialogBody>
          <DialogTitle>This document already has text</DialogTitle>
          <DialogContent id="imr-insert-position-text">
            Where should the template go? Your text stays as it is.
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={() => onChoose("cursor")}>
              Insert at the cursor
            </Button>
            <Button onClick={() => onChoose("end")}>Insert at the end</Button>
            <Button appearance="subtle" onClick={onCancel}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
