import { useState } from "react";
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useSettingsInForce } from "../hooks/useReportPack";
import { packOptionLabel } from "../packLabels";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  field: { gridTemplateColumns: "minmax(0, 1fr)" },
  select: { minWidth: 0, maxWidth: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * Choose the template the checks use (remembered in the document settings), from the packs the
 * organisation offers; it starts on the organisation's default.
 */
export function PackChooser({
  current,
  onChoose,
  onCancel,
  onDetect,
}: {
  current?: string;
  onChoose(packId: string): void;
  onCancel?: () => void;
  /** Go back to detecting the template from the document. */
  onDetect?: () => void;
}) {
  const styles = useStyles();
  const { packs, defaultPackId } = useSettingsInForce();
  const [packId, setPackId] = useState(
    current && packs.some((p) => p.id === current) ? current : defaultPackId,
  );
  return (
    <div className={styles.root}>
      <Field className={styles.field} label="Template to check against">
        <Select
          className={styles.select}
          value={packId}
          onChange={(_e, data) => setPackId(data.value)}
        >
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {packOptionLabel(p)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => onChoose(packId)}>
          Check against this template
        </Button>
        {onDetect && <Button onClick={onDetect}>Detect it again</Button>}
        {onCancel && <Button onClick={onCancel}>Cancel</Button>}
      </div>
    </div>
  );
}
