import { useMemo, useState } from "react";
import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import { registerProblems, type CodeStyle, type Person } from "../../core/anonymise/register";
import { KeySection } from "../anonymise/KeySection";
import { PreviewSection } from "../anonymise/PreviewSection";
import { RegisterSection } from "../anonymise/RegisterSection";
import { SuggestionsSection } from "../anonymise/SuggestionsSection";
import { useAnonymise } from "../anonymise/useAnonymise";
import { useNameSuggestions } from "../anonymise/useNameSuggestions";
import { useRegister } from "../anonymise/registerStore";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
});

/**
 * The Anonymise tab: the people register (kept in the document), names found in the document to
 * add to it, a preview of every replacement with the one button that makes them, and the key to
 * initials.
 */
export function AnonymisePanel() {
  const styles = useStyles();
  const snapshot = useRegister();
  const { register, store } = snapshot;
  const [editing, setEditing] = useState<number | "new" | undefined>();
  const [style, setStyle] = useState<CodeStyle>("initials");
  // The template the author picked when the document didn't show it (undefined: not picked).
  const [packId, setPackId] = useState<string>();
  const suggestions = useNameSuggestions(register, style, packId);
  const anonymise = useAnonymise(register, packId);
  const blocked = useMemo(() => {
    const serious = registerProblems(register).filter((p) => p.kind !== "shared-variant");
    return serious.length > 0
      ? "Fix the problems in the register above first: two people with one code, or a name listed twice, would make the report misleading."
      : undefined;
  }, [register]);
  const add = (person: Person) =>
    void store.update((r) => ({ ...r, people: [...r.people, person] }));

  return (
    <div className={styles.root}>
      <RegisterSection
        snapshot={snapshot}
        store={store}
        editing={editing}
        setEditing={setEditing}
      />
      <Divider />
      <SuggestionsSection
        flow={suggestions}
        style={style}
        setStyle={setStyle}
        setPackId={setPackId}
        onAdd={add}
        disabled={!snapshot.ready}
      />
      <Divider />
      <PreviewSection flow={anonymise} register={register} blocked={blocked} />
      <Divider />
      <KeySection register={register} packId={packId} />
    </div>
  );
}
