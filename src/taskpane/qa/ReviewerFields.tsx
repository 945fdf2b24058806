import { useId } from "react";
import { Field, Input, Radio, RadioGroup, Subtitle2, Text } from "@fluentui/react-components";
import type { Reviewer } from "./reviewer";
import { useQaStyles } from "./styles";

/**
 * Who is using the QA tab. The name and role go with each answer and comment; the view decides
 * what can be changed: the author sees the answers and comments read-only.
 */
export function ReviewerFields({
  reviewer,
  onChange,
}: {
  reviewer: Reviewer;
  onChange: (next: Reviewer) => void;
}) {
  const styles = useQaStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Your name and role
      </Subtitle2>
      <Text size={200} className={styles.muted}>
        Recorded with your answers and comments. Remembered only until Word closes.
      </Text>
      <Field
        className={styles.field}
        label="Your name"
        validationState={reviewer.name.trim() ? "none" : "warning"}
        validationMessage={
          reviewer.name.trim() ? undefined : "Enter your name to answer, comment or sign off."
        }
      >
        <Input
          className={styles.control}
          value={reviewer.name}
          autoComplete="name"
          onChange={(_e, d) => onChange({ ...reviewer, name: d.value })}
        />
      </Field>
      <Field className={styles.field} label="Your role">
        <Input
          className={styles.control}
          value={reviewer.role}
          autoComplete="organization-title"
          onChange={(_e, d) => onChange({ ...reviewer, role: d.value })}
        />
      </Field>
      <Field className={styles.field} label="You are">
        <RadioGroup
          value={reviewer.view}
          onChange={(_e, d) =>
            onChange({ ...reviewer, view: d.value === "author" ? "author" : "reviewer" })
          }
        >
          <Radio value="reviewer" label="The QA reviewer" />
          <Radio value="author" label="The author (answers are shown read-only)" />
        </RadioGroup>
      </Field>
    </section>
  );
}
