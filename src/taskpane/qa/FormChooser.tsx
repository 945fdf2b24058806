import { Field, Select, Text } from "@fluentui/react-components";
import type { Pack, QaSet } from "../../core/packs/schema";
import { useSettingsInForce } from "../hooks/useReportPack";
import { packOptionLabel } from "../packLabels";
import { useQaStyles } from "./styles";

/**
 * Which template pack (of those the organisation offers) and which of its QA forms. Both can be
 * chosen until the record exists in the document; after that they are the record's, and shown as
 * text.
 */
export function FormChooser({
  pack,
  set,
  recorded,
  detectedReason,
  onPack,
  onSet,
}: {
  pack?: Pack;
  set?: QaSet;
  /** The record exists: its pack and form are fixed. */
  recorded: boolean;
  /** Why the pack was chosen for this document, when it was detected. */
  detectedReason?: string;
  onPack(id: string): void;
  onSet(id: string): void;
}) {
  const styles = useQaStyles();
  const { packs } = useSettingsInForce();
  if (recorded && pack && set)
    return (
      <Text>
        <Text weight="semibold">{set.title}</Text>
        <br />
        <Text size={200} className={styles.muted}>
          {set.source}. Template: {pack.title}.
        </Text>
      </Text>
    );
  return (
    <>
      <Field
        className={styles.field}
        label="Template"
        hint={
          pack
            ? detectedReason
              ? `Chosen because ${detectedReason}.`
              : undefined
            : "Choose the template this report was written with."
        }
      >
        <Select
          className={styles.control}
          value={pack?.id ?? ""}
          onChange={(_e, d) => onPack(d.value)}
        >
          {!pack && <option value="">Choose a template…</option>}
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {packOptionLabel(p)}
            </option>
          ))}
        </Select>
      </Field>
      {pack && (
        <Field className={styles.field} label="Form" hint={set?.source}>
          <Select
            className={styles.control}
            value={set?.id ?? ""}
            onChange={(_e, d) => onSet(d.value)}
          >
            {pack.qa.sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}
