import { useEffect, useId, useMemo, useRef, useState } from "react";
import {
  Body1Strong,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { roleText } from "../../core/anonymise/key";
import type { Person, Register } from "../../core/anonymise/register";
import { MessageText } from "../components/MessageText";
import { PersonForm } from "./PersonForm";
import { problemLines } from "./problems";
import type { RegisterSnapshot, RegisterStore } from "./registerStore";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  person: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  problems: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** The people register: who is in it, add/edit/remove, and what is wrong with it. */
export function RegisterSection({
  snapshot,
  store,
  editing,
  setEditing,
}: {
  snapshot: RegisterSnapshot;
  store: RegisterStore;
  /** Index being edited, "new" for the add form, or undefined. */
  editing: number | "new" | undefined;
  setEditing: (e: number | "new" | undefined) => void;
}) {
  const styles = useStyles();
  const headingId = useId();
  const { register } = snapshot;
  const problems = useMemo(() => problemLines(register), [register]);
  const [announce, setAnnounce] = useState("");
  // When the form closes, focus goes back to the button that opens it.
  const addButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && editing === undefined) addButton.current?.focus();
    wasEditing.current = editing !== undefined;
  }, [editing]);

  const save = (person: Person) => {
    const index = editing;
    void store.update((r: Register) => ({
      ...r,
      people:
        index === "new" || index === undefined
          ? [...r.people, person]
          : r.people.map((p, i) => (i === index ? person : p)),
    }));
    setAnnounce(`${index === "new" ? "Added" : "Saved"} ${person.name} as ${person.code}.`);
    setEditing(undefined);
  };
  const remove = (index: number) => {
    const person = register.people[index];
    void store.update((r) => ({ ...r, people: r.people.filter((_, i) => i !== index) }));
    setAnnounce(`Removed ${person.name} from the register.`);
    if (editing === index) setEditing(undefined);
  };
  const codesExcept = (index: number | "new") =>
    register.people.filter((_, i) => i !== index).map((p) => p.code);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        People register
      </Subtitle2>
      <MessageBar intent="warning" layout="multiline" data-testid="register-warning">
        <MessageBarBody>
          <MessageBarTitle>The register holds real names</MessageBarTitle>
          <MessageText>
            {snapshot.persistence === "document"
              ? "It is kept inside this document and travels with the draft wherever the file goes. Submit only the clean copy, which leaves the register out."
              : "Submit only the clean copy of the report, never the draft with its names."}
          </MessageText>
        </MessageBarBody>
      </MessageBar>
      {snapshot.notice && (
        <MessageBar intent="info" layout="multiline" data-testid="register-notice">
          <MessageBarBody>{snapshot.notice}</MessageBarBody>
        </MessageBar>
      )}
      {snapshot.saveError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{snapshot.saveError}</MessageBarBody>
        </MessageBar>
      )}
      {!snapshot.ready ? (
        <Text>Reading the register…</Text>
      ) : register.people.length === 0 ? (
        <Text>
          No one yet. Add each person the report names, or find the names in the document below.
        </Text>
      ) : (
        <ul className={styles.list} aria-label="People in the register" data-testid="register-list">
          {register.people.map((p, i) => (
            <li key={`${p.code}-${i}`} className={styles.person}>
              <span className={styles.who}>
                <Body1Strong>{p.code}</Body1Strong>
                <Text>{p.name}</Text>
                <Caption1 className={styles.muted}>
                  {roleText(p)}
                  {p.variants.length > 0 ? ` · also ${p.variants.join(", ")}` : ""}
                </Caption1>
              </span>
              <span className={styles.actions}>
                <Button size="small" onClick={() => setEditing(i)} aria-label={`Edit ${p.name}`}>
                  Edit
                </Button>
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => remove(i)}
                  aria-label={`Remove ${p.name}`}
                >
                  Remove
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="register-problems">
          <MessageBarBody>
            <MessageBarTitle>Check the register</MessageBarTitle>
            <ul className={styles.problems}>
              {problems.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {editing !== undefined ? (
        <PersonForm
          key={String(editing)}
          person={editing === "new" ? undefined : register.people[editing]}
          otherCodes={codesExcept(editing)}
          onSave={save}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <div>
          <Button ref={addButton} onClick={() => setEditing("new")} disabled={!snapshot.ready}>
            Add a person
          </Button>
        </div>
      )}
      <div aria-live="polite" role="status">
        <Caption1 className={styles.muted}>
          {snapshot.saving ? "Saving the register…" : announce}
        </Caption1>
      </div>
    </section>
  );
}
