import { useState } from "react";
import { Accordion, type AccordionToggleData } from "@fluentui/react-components";
import type { QaSet } from "../../core/packs/schema";
import { evidenceFor, type EvidenceItem } from "../../core/qa/evidence";
import type { QaState } from "../../core/qa/schema";
import { CriterionItem } from "./CriterionItem";

/** The QA form's criteria, each opening to its answer, comment and evidence. */
export function CriteriaList({
  set,
  state,
  evidence,
  editable,
  blocked,
  onAnswer,
  onClear,
}: {
  set: QaSet;
  state: QaState;
  evidence: Partial<Record<string, EvidenceItem[]>>;
  editable: boolean;
  blocked?: string;
  onAnswer(criterionId: string, value: string, comment: string): string | undefined;
  onClear(criterionId: string): string | undefined;
}) {
  const [open, setOpen] = useState<string[]>([]);
  return (
    <Accordion
      multiple
      collapsible
      openItems={open}
      onToggle={(_e, data: AccordionToggleData<string>) => setOpen(data.openItems)}
    >
      {set.criteria.map((c, i) => (
        <CriterionItem
          key={c.id}
          number={i + 1}
          open={open.includes(c.id)}
          criterion={c}
          answers={set.answers}
          answer={state.answers[c.id]}
          evidence={evidenceFor(c, evidence).flatMap((e) => e.items)}
          editable={editable}
          blocked={blocked}
          onAnswer={(value, comment) => onAnswer(c.id, value, comment)}
          onClear={() => onClear(c.id)}
        />
      ))}
    </Accordion>
  );
}
