import { useId } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Occurrence } from "../../core/anonymise/match";
import type { Register } from "../../core/anonymise/register";
import { MessageText } from "../components/MessageText";
import { NameInContext } from "./NameInContext";
import { snippetOf, whereOf } from "./occurrences";
import { PreviewResult } from "./PreviewResult";
import type { AnonymiseFlow, Preview } from "./useAnonymise";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Align the label's first line with the box and let long snippets wrap.
  checkbox: { alignItems: "flex-start", "& > label": { paddingTop: "6px", minWidth: 0 } },
  muted: { color: tokens.colorNeutralForeground3 },
  review: { display: "block", color: tokens.colorPaletteDarkOrangeForeground1 },
  field: { gridTemplateColumns: "minmax(0, 1fr)" },
  actions: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
  // The Replace button stays in view while the author works down a long preview.
  sticky: {
    position: "sticky",
    bottom: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function PersonGroup({
  flow,
  preview,
  register,
  index,
  items,
}: {
  flow: AnonymiseFlow;
  preview: Preview;
  register: Register;
  index: number;
  items: Occurrence[];
}) {
  const styles = useStyles();
  const headingId = useId();
  const person = register.people[index];
  const kept = items.filter((o) => flow.excluded.has(o.id)).length;
  return (
    <div className={styles.group} role="group" aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.groupHeading}>
        {person.name} → {person.code}
      </Subtitle2>
      <Caption1 className={styles.muted}>
        {items.length - kept} of {items.length} will change
      </Caption1>
      <ul className={styles.list}>
        {items.map((o) => (
          <li key={o.id} className={styles.item}>
            <Checkbox
              className={styles.checkbox}
              checked={!flow.excluded.has(o.id)}
              onChange={(_e, d) => flow.toggle(o.id, d.checked === true)}
              label={
                <>
                  <NameInContext
                    snippet={snippetOf(preview.model, o)}
                    where={whereOf(preview.model, o)}
                  />
                  {o.review && <Caption1 className={styles.review}>Check: {o.review}</Caption1>}
                </>
              }
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Undecided({
  flow,
  preview,
  register,
}: {
  flow: AnonymiseFlow;
  preview: Preview;
  register: Register;
}) {
  const styles = useStyles();
  const headingId = useId();
  const items = preview.planned.unresolved;
  if (items.length === 0) return null;
  return (
    <div className={styles.group} role="group" aria-labelledby={headingId} data-testid="undecided">
      <Subtitle2 as="h3" id={headingId} className={styles.groupHeading}>
        Who is meant? ({items.length})
      </Subtitle2>
      <Caption1 className={styles.muted}>
        These could be more than one person in the register. Choose who each one is, or leave it as
        it is and change it by hand.
      </Caption1>
      <ul className={styles.list}>
        {items.map((o) => (
          <li key={o.id} className={styles.item}>
            <NameInContext
              snippet={snippetOf(preview.model, o)}
              where={whereOf(preview.model, o)}
            />
            <Field className={styles.field} label={`Replace “${o.text}” with`}>
              <Select
                value={String(flow.decisions.get(o.id) ?? "")}
                onChange={(_e, d) =>
                  flow.decide(o.id, d.value === "" ? undefined : Number(d.value))
                }
              >
                <option value="">Leave it as it is</option>
                {o.candidates.map((c) => (
                  <option key={c} value={c}>
                    {register.people[c].code} ({register.people[c].name})
                  </option>
                ))}
              </Select>
            </Field>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The preview of every replacement, grouped by person, and the one button that makes them. */
export function PreviewSection({
  flow,
  register,
  blocked,
}: {
  flow: AnonymiseFlow;
  register: Register;
  /** Why the register can't be used yet (duplicate codes, ...), if it can't. */
  blocked?: string;
}) {
  const styles = useStyles();
  const headingId = useId();
  const { state, preview } = flow;
  const busy = ["reading", "applying", "checking"].includes(state.phase);
  const groups = preview
    ? register.people
        .map((_, i) => ({
          index: i,
          items: preview.replaceable.filter((o) => o.personIndex === i),
        }))
        .filter((g) => g.items.length > 0)
    : [];
  const notFound = preview
    ? register.people.filter(
        (_, i) => !preview.planned.occurrences.some((o) => o.candidates.includes(i)),
      )
    : [];

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Replace names
      </Subtitle2>
      <Text>
        See every place a name from the register will be replaced by its code, untick any to keep,
        then replace them all at once.
      </Text>
      {blocked && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{blocked}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          onClick={() => void flow.read()}
          disabledFocusable={busy || !!blocked || register.people.length === 0}
        >
          {preview ? "Refresh the preview" : "Preview the replacements"}
        </Button>
        <div aria-live="polite" role="status">
          {state.phase === "reading" && (
            <Spinner size="tiny" labelPosition="after" label="Finding the names…" />
          )}
        </div>
      </div>
      {preview && (
        <>
          <Text data-testid="preview-summary">
            {preview.planned.occurrences.length === 0
              ? "None of the register's names are in the document."
              : `${plural(preview.replaceable.length, "place", "places")} to change` +
                (preview.planned.unresolved.length
                  ? `, ${plural(preview.planned.unresolved.length, "name", "names")} to decide`
                  : "") +
                "."}
          </Text>
          {groups.map((g) => (
            <PersonGroup
              key={g.index}
              flow={flow}
              preview={preview}
              register={register}
              index={g.index}
              items={g.items}
            />
          ))}
          <Undecided flow={flow} preview={preview} register={register} />
          {notFound.length > 0 && (
            <Caption1 className={styles.muted}>
              Not found in the document: {notFound.map((p) => `${p.name} (${p.code})`).join(", ")}.
            </Caption1>
          )}
          <div className={mergeClasses(styles.actions, styles.sticky)}>
            <Button
              appearance="primary"
              onClick={() => void flow.apply()}
              disabledFocusable={busy || flow.count === 0}
            >
              {`Replace ${plural(flow.count, "name", "names")}`}
            </Button>
            <div aria-live="polite" role="status">
              {(state.phase === "applying" || state.phase === "checking") && (
                <Spinner
                  size="tiny"
                  labelPosition="after"
                  label={state.phase === "applying" ? "Replacing…" : "Checking again…"}
                />
              )}
            </div>
          </div>
        </>
      )}
      <PreviewResult flow={flow} />
      {state.phase === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Nothing was changed</MessageBarTitle>
            <MessageText>{state.reason}</MessageText>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
