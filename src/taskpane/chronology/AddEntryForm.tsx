import { useMemo, useState } from "react";
import {
  Button,
  Combobox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { entryFor } from "../../core/chronology/entry";
import type { ChronologyTable } from "../../core/chronology/locate";
import { MessageText } from "../components/MessageText";
import { useGateway } from "../context/GatewayContext";
import { logError } from "../config/error-log";
import { plainReason } from "../plainReason";
import { fieldKind, placementMessage } from "./add-entry";
import { DateField } from "./DateField";
import type { PersonOption } from "./people";
import { readTypedTime } from "./typed-values";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Without these a long option or value widens the pane.
  field: { gridTemplateColumns: "minmax(0, 1fr)" },
  combobox: { minWidth: 0, maxWidth: "100%" },
  time: { maxWidth: "8rem" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
});

type Outcome = { ok: true; text: string } | { ok: false; title: string; text: string };

export interface AddEntryFormProps {
  table: ChronologyTable;
  people: readonly PersonOption[];
  /** Read the document again after the table changed (or was found changed). */
  onChanged(): unknown;
}

/**
 * Add an entry: one field per column of the table, validated the way the checks read cells; the
 * row goes in at its place in date (and time) order, in one batch.
 */
export function AddEntryForm({ table, people, onChanged }: AddEntryFormProps) {
  const styles = useStyles();
  const gateway = useGateway();
  const columns = useMemo(() => table.columns.filter((c) => c.index !== undefined), [table]);
  const missing = table.columns.filter((c) => c.index === undefined);
  const [values, setValues] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  // How a typed time was read, shown while the box still holds what it was read as.
  const [timeNotes, setTimeNotes] = useState<Record<string, { value: string; note?: string }>>({});

  const check = useMemo(() => entryFor(table, values), [table, values]);
  const problems = new Map<string | undefined, string>();
  if (!check.ok)
    for (const p of check.problems)
      if (!problems.has(p.columnId)) problems.set(p.columnId, p.message);
  const errorFor = (id: string) => (tried ? problems.get(id) : undefined);

  const set = (id: string) => (value: string) => {
    setValues((v) => ({ ...v, [id]: value }));
    setOutcome(undefined);
  };

  const add = async () => {
    setTried(true);
    if (!check.ok) {
      setOutcome({
        ok: false,
        title: "The entry was not added",
        text:
          problems.get(undefined) ??
          "Correct the fields marked above, then choose Add the entry again.",
      });
      return;
    }
    setBusy(true);
    try {
      const result = await gateway.applyPlan(check.plan);
      if (result.ok) {
        setOutcome({ ok: true, text: placementMessage(table, check.after) });
        setValues({});
        setTimeNotes({});
        setTried(false);
      } else {
        setOutcome({
          ok: false,
          title: "The entry was not added",
          text: /changed since/i.test(result.reason)
            ? "The chronology table changed while the entry was being added, so it was not added. The table has been read again: choose Add the entry again."
            : `${result.reason} The chronology has been read again: choose Add the entry again.`,
        });
      }
    } catch (err) {
      logError("adding a chronology entry", err);
      setOutcome({ ok: false, title: "The entry was not added", text: plainReason(err) });
    } finally {
      setBusy(false);
    }
    await onChanged();
  };

  return (
    <form
      className={styles.root}
      aria-label="Add an entry"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <Text>The entry goes in at its place in date and time order.</Text>
      {columns.map(({ column }) => {
        const kind = fieldKind(column);
        const value = values[column.id] ?? "";
        const error = errorFor(column.id);
        const common = {
          label: column.header,
          required: column.required || kind === "date",
          validationState: error ? ("error" as const) : ("none" as const),
          validationMessage: error,
          className: styles.field,
        };
        switch (kind) {
          case "date":
            return (
              <DateField
                key={column.id}
                label={column.header}
                value={value}
                onChange={set(column.id)}
                error={error}
                required
                allowUncertain
                disabled={busy}
                hint={`dd/mm/yyyy. Start with "?" if the date is uncertain.`}
                testId={`entry-${column.id}`}
              />
            );
          case "time":
            return (
              <Field
                key={column.id}
                {...common}
                hint={
                  (timeNotes[column.id]?.value === value
                    ? timeNotes[column.id]?.note
                    : undefined) ?? "hh:mm, 24-hour clock. Leave empty if not known."
                }
              >
                <Input
                  className={styles.time}
                  value={value}
                  placeholder="hh:mm"
                  autoComplete="off"
                  disabled={busy}
                  data-testid={`entry-${column.id}`}
                  onChange={(_e, d) => set(column.id)(d.value)}
                  onBlur={() => {
                    const r = readTypedTime(value);
                    if (r.status === "ok" && r.text !== value.trim()) {
                      set(column.id)(r.text);
                      setTimeNotes((n) => ({ ...n, [column.id]: { value: r.text, note: r.note } }));
                    }
                  }}
                />
              </Field>
            );
          case "person":
            return (
              <Field
                key={column.id}
                {...common}
                hint={
                  people.length > 0 ? "Choose someone the report names, or type." : column.example
                }
              >
                <Combobox
                  className={styles.combobox}
                  freeform
                  value={value}
                  disabled={busy}
                  data-testid={`entry-${column.id}`}
                  onChange={(e) => set(column.id)(e.target.value)}
                  onOptionSelect={(_e, d) => {
                    if (d.optionText !== undefined) set(column.id)(d.optionText);
                  }}
                >
                  {people.map((p) => (
                    <Option key={p.value} value={p.value} text={p.value}>
                      {p.value} ({p.detail})
                    </Option>
                  ))}
                </Combobox>
              </Field>
            );
          case "long":
            return (
              <Field key={column.id} {...common} hint={column.example}>
                <Textarea
                  value={value}
                  resize="vertical"
                  rows={3}
                  disabled={busy}
                  data-testid={`entry-${column.id}`}
                  onChange={(_e, d) => set(column.id)(d.value)}
                />
              </Field>
            );
          default:
            return (
              <Field key={column.id} {...common} hint={column.example}>
                <Input
                  value={value}
                  disabled={busy}
                  data-testid={`entry-${column.id}`}
                  onChange={(_e, d) => set(column.id)(d.value)}
                />
              </Field>
            );
        }
      })}
      {missing.length > 0 && (
        <Text size={200}>
          The table has no {missing.map((c) => `"${c.column.header}"`).join(", ")} column
          {missing.length === 1 ? "" : "s"}: repair the column headings to add{" "}
          {missing.length === 1 ? "it" : "them"}.
        </Text>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          Add the entry
        </Button>
        <div aria-live="polite">
          {busy && <Spinner size="tiny" labelPosition="after" label="Adding…" />}
        </div>
      </div>
      <div aria-live="polite" data-testid="entry-result">
        {outcome?.ok === true && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
        {outcome?.ok === false && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{outcome.title}</MessageBarTitle>
              <MessageText>{outcome.text}</MessageText>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
