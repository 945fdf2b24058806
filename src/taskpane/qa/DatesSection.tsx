import { useEffect, useId, useState } from "react";
import { Field, Input, Subtitle2, Text } from "@fluentui/react-components";
import { QA_DATE_KEYS, QA_DATE_LABELS, type QaDateKey, type QaState } from "../../core/qa/schema";
import { setDate } from "../../core/qa/state";
import type { ApplyChange } from "./apply";
import { useQaStyles } from "./styles";

function DateField({
  label,
  value,
  disabled,
  onCommit,
}: {
  label: string;
  value: string;
  disabled: boolean;
  onCommit(text: string): string | undefined;
}) {
  const styles = useQaStyles();
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text.trim() === value) {
      setProblem(undefined);
      return;
    }
    setProblem(onCommit(text));
  };
  return (
    <Field
      className={styles.field}
      label={label}
      validationState={problem ? "error" : "none"}
      validationMessage={problem}
    >
      <Input
        className={styles.control}
        value={text}
        placeholder="dd/mm/yyyy"
        inputMode="numeric"
        disabled={disabled}
        onChange={(_e, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
      />
    </Field>
  );
}

/** The dates the cover table and the QA checklists ask for, each dd/mm/yyyy. */
export function DatesSection({
  state,
  editable,
  apply,
}: {
  state: QaState;
  editable: boolean;
  apply: ApplyChange;
}) {
  const styles = useQaStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Dates
      </Subtitle2>
      <Text size={200} className={styles.muted}>
        Written dd/mm/yyyy, as the cover table has them. Leave a date empty to clear it.
      </Text>
      {QA_DATE_KEYS.map((key: QaDateKey) => (
        <DateField
          key={key}
          label={QA_DATE_LABELS[key]}
          value={state.dates[key] ?? ""}
          disabled={!editable}
          onCommit={(text) => apply((s) => setDate(s, key, text))}
        />
      ))}
    </section>
  );
}
