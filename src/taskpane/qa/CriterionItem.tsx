import { useEffect, useId, useState } from "react";
import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { QaCriterion } from "../../core/packs/schema";
import type { EvidenceItem } from "../../core/qa/evidence";
import type { QaAnswer } from "../../core/qa/schema";
import { EvidenceList } from "./EvidenceList";
import { whenText } from "./labels";

const useStyles = makeStyles({
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  header: { alignItems: "flex-start" },
  title: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  text: { whiteSpace: "normal", textAlign: "start" },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  field: { gridTemplateColumns: "minmax(0, 1fr)" },
  meta: { color: tokens.colorNeutralForeground2 },
  clear: { paddingLeft: 0, paddingRight: 0, minWidth: "auto" },
  answered: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  readOnly: { whiteSpace: "pre-wrap" },
});

export interface CriterionProps {
  number: number;
  /** Whether the item is open: a closed item's panel is not rendered at all. */
  open: boolean;
  criterion: QaCriterion;
  answers: readonly string[];
  answer?: QaAnswer;
  evidence: readonly EvidenceItem[];
  /** False: shown read-only (the author's view, or a record that may not be changed). */
  editable: boolean;
  /** Why the answer can't be given yet (no name), shown under the choices. */
  blocked?: string;
  onAnswer(value: string, comment: string): string | undefined;
  onClear(): string | undefined;
}

/** One criterion of the QA form: the answer, a comment, who answered and when, and the evidence. */
export function CriterionItem(props: CriterionProps) {
  const { number, open, criterion, answers, answer, evidence, editable, blocked } = props;
  const styles = useStyles();
  const labelId = useId();
  const [comment, setComment] = useState(answer?.comment ?? "");
  const [problem, setProblem] = useState<string | undefined>();
  // Follow the record when it changes from elsewhere (reloaded, answered again).
  useEffect(() => setComment(answer?.comment ?? ""), [answer?.comment]);

  const canEdit = editable && !blocked;
  const commit = (value: string | undefined, text: string) => {
    if (!value) return;
    setProblem(props.onAnswer(value, text));
  };

  return (
    <AccordionItem value={criterion.id} className={styles.item}>
      <AccordionHeader className={styles.header} expandIconPosition="end">
        <span className={styles.title}>
          <span className={styles.text}>
            {number}. <span id={labelId}>{criterion.text}</span>
          </span>
          <span>
            <Badge
              appearance={answer ? "filled" : "outline"}
              color={answer ? "brand" : "informative"}
              size="small"
            >
              {answer ? answer.answer : "Not answered"}
            </Badge>
          </span>
        </span>
      </AccordionHeader>
      {/* Not rendered while closed: Fluent marks a closed panel `inert`, which React 18 rejects. */}
      {open && (
        <AccordionPanel className={styles.panel}>
          {editable ? (
            <>
              <Field
                className={styles.field}
                validationState={problem ? "error" : blocked ? "warning" : "none"}
                validationMessage={problem ?? blocked}
              >
                <RadioGroup
                  aria-labelledby={labelId}
                  layout="horizontal"
                  value={answer?.answer ?? ""}
                  disabled={!canEdit}
                  onChange={(_e, d) => commit(d.value, comment)}
                >
                  {answers.map((a) => (
                    <Radio key={a} value={a} label={a} />
                  ))}
                </RadioGroup>
              </Field>
              <Field
                className={styles.field}
                label="Comments"
                hint={answer ? undefined : "Choose an answer and the comment is kept with it."}
              >
                <Textarea
                  value={comment}
                  resize="vertical"
                  disabled={!canEdit}
                  onChange={(_e, d) => setComment(d.value)}
                  onBlur={() => {
                    if (answer && comment !== answer.comment) commit(answer.answer, comment);
                  }}
                />
              </Field>
            </>
          ) : (
            <Text className={styles.readOnly}>
              Answer: {answer ? answer.answer : "not answered"}
              {answer?.comment ? `\nComments: ${answer.comment}` : ""}
            </Text>
          )}
          {answer && (
            <div className={styles.answered}>
              <Text size={200} className={styles.meta}>
                Answered{answer.by ? ` by ${answer.by}` : ""} on {whenText(answer.at)}
              </Text>
              {canEdit && (
                <Button
                  appearance="transparent"
                  size="small"
                  className={styles.clear}
                  aria-label={`Clear answer to criterion ${number}`}
                  onClick={() => {
                    setProblem(props.onClear());
                    setComment("");
                  }}
                >
                  Clear answer
                </Button>
              )}
            </div>
          )}
          {evidence.length > 0 && <EvidenceList items={evidence} />}
        </AccordionPanel>
      )}
    </AccordionItem>
  );
}
