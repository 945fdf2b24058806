import { useId, useState } from "react";
import {
  Body1Strong,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { roleText } from "../../core/anonymise/key";
import type { CodeStyle, Person } from "../../core/anonymise/register";
import type { Suggestion } from "../../core/anonymise/suggest";
import { useSettingsInForce } from "../hooks/useReportPack";
import { packOptionLabel } from "../packLabels";
import type { NameSuggestions } from "./useNameSuggestions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  field: { gridTemplateColumns: "minmax(0, 1fr)" },
  select: { minWidth: 0, maxWidth: "100%" },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
});

function sourceText(s: Suggestion): string {
  if (s.source === "cover") return `In the cover table (${s.field ?? "people"})`;
  return `Found by the checks${s.count > 1 ? ` in ${s.count} sections` : ""}`;
}

/**
 * Names the checks find in the document and names in the cover table, each with a proposed code
 * (initials or pseudonyms: the author chooses); one click adds a person to the register.
 */
export function SuggestionsSection({
  flow,
  style,
  setStyle,
  setPackId,
  onAdd,
  disabled,
}: {
  flow: NameSuggestions;
  style: CodeStyle;
  setStyle: (s: CodeStyle) => void;
  setPackId: (id: string) => void;
  onAdd: (person: Person) => void;
  disabled: boolean;
}) {
  const styles = useStyles();
  const headingId = useId();
  const [announce, setAnnounce] = useState("");
  const { state, suggestions, resolved } = flow;
  const { packs } = useSettingsInForce();

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Names in the document
      </Subtitle2>
      <Text>
        Find the names the checks see in the text and the cover table, then add each person with a
        proposed code.
      </Text>
      <Field label="Codes to propose">
        <RadioGroup value={style} onChange={(_e, d) => setStyle(d.value as CodeStyle)}>
          <Radio value="initials" label="Initials (Joe Bloggs becomes JB)" />
          <Radio value="pseudonym" label="Pseudonyms (Adult A, Child 1)" />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button
          onClick={() => void flow.find()}
          disabledFocusable={state.phase === "reading" || disabled}
        >
          {state.phase === "ready" ? "Find names again" : "Find names in the document"}
        </Button>
        <div aria-live="polite" role="status">
          {state.phase === "reading" && (
            <Spinner size="tiny" labelPosition="after" label="Reading the document…" />
          )}
        </div>
      </div>
      {state.phase === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.reason}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "ready" && resolved && resolved.how !== "detected" && (
        <Field
          className={styles.field}
          label="Template this report follows"
          hint="The add-in couldn't tell from the headings: the cover table is read as this template's."
        >
          <Select
            className={styles.select}
            value={resolved.pack.id}
            onChange={(_e, d) => setPackId(d.value)}
          >
            {packs.map((p) => (
              <option key={p.id} value={p.id}>
                {packOptionLabel(p)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {state.phase === "ready" &&
        (suggestions.length === 0 ? (
          <Text data-testid="no-suggestions">
            No names found that are not in the register already.
          </Text>
        ) : (
          <ul className={styles.list} aria-label="Names found" data-testid="suggestions">
            {suggestions.map((s) => (
              <li key={s.name} className={styles.item}>
                <span className={styles.who}>
                  <Body1Strong>{s.name}</Body1Strong>
                  <Text>
                    Code: {s.code} · {roleText({ role: s.role } as Person)}
                  </Text>
                  <Caption1 className={styles.muted}>{sourceText(s)}</Caption1>
                </span>
                <Button
                  size="small"
                  aria-label={`Add ${s.name} as ${s.code}`}
                  onClick={() => {
                    onAdd({ name: s.name, variants: [], code: s.code, role: s.role });
                    setAnnounce(`Added ${s.name} as ${s.code}.`);
                  }}
                >
                  Add
                </Button>
              </li>
            ))}
          </ul>
        ))}
      <div aria-live="polite" role="status">
        <Caption1 className={styles.muted}>{announce}</Caption1>
      </div>
    </section>
  );
}
