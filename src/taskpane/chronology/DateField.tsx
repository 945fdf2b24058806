import { useEffect, useRef, useState } from "react";
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { isoToUk, readTypedDate, ukToIso } from "./typed-values";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  typed: { flex: "1 1 6.5rem", minWidth: "6.5rem" },
  picker: { flex: "0 0 9.5rem" },
});

export interface DateFieldProps {
  label: string;
  /** The date as typed (dd/mm/yyyy once read). */
  value: string;
  onChange(value: string): void;
  /** Why the value cannot be used, shown under the field. */
  error?: string;
  hint?: string;
  required?: boolean;
  /** Accept a leading "?" (an uncertain date). */
  allowUncertain?: boolean;
  disabled?: boolean;
  /** For tests and the e2e scenarios. */
  testId?: string;
}

/**
 * A date: typed as dd/mm/yyyy (or any form the chronology can read one way, rewritten as
 * dd/mm/yyyy when the box is left, saying how it was read), or picked from the browser's
 * calendar beside it. Fluent UI v9 has no stable date picker in react-components, so the
 * calendar is the native one (Input type="date").
 */
export function DateField(props: DateFieldProps) {
  const styles = useStyles();
  // How the last typed value was read; shown only while the box still holds what it was read as.
  const [reading, setReading] = useState<{ value: string; note?: string } | undefined>(undefined);
  const note = reading?.value === props.value ? reading.note : undefined;
  const picker = useRef<HTMLInputElement>(null);
  // The native calendar draws its icon and pop-up in the page's colour scheme, which Fluent's
  // theme doesn't set: light text means a dark theme, so the icon shows against it.
  useEffect(() => {
    const el = picker.current;
    if (!el) return;
    const rgb = /\d+(\.\d+)?/g;
    const [r, g, b] = (getComputedStyle(el).color.match(rgb) ?? ["0", "0", "0"]).map(Number);
    el.style.colorScheme = 0.2126 * r + 0.7152 * g + 0.0722 * b > 128 ? "dark" : "light";
  });
  const normalise = () => {
    const r = readTypedDate(props.value, props.allowUncertain ?? false);
    if (r.status === "ok" && r.text !== props.value.trim()) {
      props.onChange(r.text);
      setReading({ value: r.text, note: r.note });
    }
  };
  return (
    <Field
      label={props.label}
      required={props.required}
      validationState={props.error ? "error" : "none"}
      validationMessage={props.error}
      hint={note ?? props.hint}
    >
      {(control) => (
        <div className={styles.row}>
          <Input
            {...control}
            className={styles.typed}
            value={props.value}
            placeholder="dd/mm/yyyy"
            autoComplete="off"
            disabled={props.disabled}
            data-testid={props.testId}
            onChange={(_e, d) => props.onChange(d.value)}
            onBlur={normalise}
          />
          <Input
            type="date"
            ref={picker}
            className={styles.picker}
            aria-label={`${props.label}: pick from a calendar`}
            value={ukToIso(props.value)}
            disabled={props.disabled}
            onChange={(_e, d) => {
              const uk = isoToUk(d.value);
              if (uk) props.onChange(uk);
            }}
          />
        </div>
      )}
    </Field>
  );
}
