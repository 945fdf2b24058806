import { useId, useMemo, useState } from "react";
import {
  Button,
  Field,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useOrganisationSettings } from "../config/ConfigContext";
import { useInsertTemplate } from "../hooks/useInsertTemplate";
import { packHint, packOptionLabel } from "../packLabels";
import { InsertPositionDialog } from "./InsertPositionDialog";
import { InsertProgress, InsertResult } from "./InsertResult";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  // A grid item's minimum is its content: without these the longest pack title widens the pane.
  field: { gridTemplateColumns: "minmax(0, 1fr)" },
  select: { minWidth: 0, maxWidth: "100%" },
  actions: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
});

/** Write tab: insert the chosen pack's template (headings, cover table, chronology, guidance notes). */
export function InsertTemplate() {
  const styles = useStyles();
  const headingId = useId();
  // The organisation's packs (config/organisation.json), with its marking; built-in without one.
  const settings = useOrganisationSettings();
  const packs = useMemo(() => settings?.packs ?? [], [settings]);
  const [chosen, setPackId] = useState<string>();
  const packId = chosen ?? settings?.defaultPackId ?? "";
  const pack = useMemo(() => packs.find((p) => p.id === packId), [packs, packId]);
  const flow = useInsertTemplate();
  // The dialog opens without a DialogTrigger, so tell it where focus goes back to when it closes.
  const restoreFocusTarget = useRestoreFocusTarget();

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Insert a template
      </Subtitle2>
      <Text>
        Start the report from your review&rsquo;s template: the cover table, the sections, the
        chronology and the guidance notes.
      </Text>
      <Field className={styles.field} label="Template" hint={pack ? packHint(pack) : undefined}>
        <Select
          className={styles.select}
          value={packId}
          onChange={(_e, data) => setPackId(data.value)}
          disabled={flow.busy || !settings}
        >
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {packOptionLabel(p)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button
          {...restoreFocusTarget}
          appearance="primary"
          disabledFocusable={flow.busy || !pack}
          onClick={() => {
            if (pack) void flow.start(pack);
          }}
        >
          Insert template
        </Button>
        <InsertProgress state={flow.state} />
      </div>
      <InsertResult state={flow.state} />
      <InsertPositionDialog
        open={flow.state.phase === "asking"}
        onChoose={(position) => void flow.choose(position)}
        onCancel={flow.cancel}
      />
    </section>
  );
}
