import { useEffect, useId, useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import type { QaState } from "../../core/qa/schema";
import { signOff, today } from "../../core/qa/state";
import type { ApplyChange } from "./apply";
import { useQaStyles } from "./styles";

/**
 * The sign-off: who quality assured and approved the report, their role and the date. Recorded in
 * the QA record (approving needs it); `onSigned` then offers to fill in the cover table.
 */
export function SignOffSection({
  state,
  editable,
  blocked,
  defaults,
  apply,
  onSigned,
}: {
  state: QaState;
  editable: boolean;
  blocked?: string;
  defaults: { name: string; role: string };
  apply: ApplyChange;
  onSigned(): void;
}) {
  const styles = useQaStyles();
  const headingId = useId();
  const [name, setName] = useState(state.signOff?.name ?? defaults.name);
  const [role, setRole] = useState(state.signOff?.role ?? defaults.role);
  const [date, setDate] = useState(state.signOff?.date ?? today(new Date()));
  const [problem, setProblem] = useState<string | undefined>();
  const signed = state.signOff;
  // Follow the record (signed elsewhere, or cleared by returning the report for revision).
  useEffect(() => {
    if (signed) {
      setName(signed.name);
      setRole(signed.role);
      setDate(signed.date);
    }
  }, [signed]);
  // Until there is a sign-off, start from the person using the tab.
  useEffect(() => {
    if (!signed) {
      setName((n) => n || defaults.name);
      setRole((r) => r || defaults.role);
    }
  }, [signed, defaults.name, defaults.role]);

  const locked = !editable || !!blocked || state.status === "approved";
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Sign-off
      </Subtitle2>
      {signed ? (
        <Text data-testid="sign-off-summary">
          Signed off by {signed.name}, {signed.role}, on {signed.date}.
        </Text>
      ) : (
        <Text size={200} className={styles.muted}>
          Not signed off yet. The report can be approved once every criterion is answered and it is
          signed off.
        </Text>
      )}
      {state.status === "approved" && editable && (
        <Text size={200} className={styles.muted}>
          The report is approved: return it for revision to sign it off again.
        </Text>
      )}
      {editable && state.status !== "approved" && (
        <>
          <Field className={styles.field} label="Signed off by (name)">
            <Input
              className={styles.control}
              value={name}
              disabled={locked}
              onChange={(_e, d) => setName(d.value)}
            />
          </Field>
          <Field className={styles.field} label="Role">
            <Input
              className={styles.control}
              value={role}
              disabled={locked}
              onChange={(_e, d) => setRole(d.value)}
            />
          </Field>
          <Field className={styles.field} label="Date signed off" hint="dd/mm/yyyy">
            <Input
              className={styles.control}
              value={date}
              disabled={locked}
              onChange={(_e, d) => setDate(d.value)}
            />
          </Field>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabledFocusable={locked}
              onClick={() => {
                const reason = apply((s) => signOff(s, { name, role, date }));
                setProblem(reason);
                if (!reason) onSigned();
              }}
            >
              {signed ? "Sign off again" : "Sign off"}
            </Button>
          </div>
          {blocked && (
            <Text size={200} className={styles.muted}>
              {blocked}
            </Text>
          )}
        </>
      )}
      {problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
