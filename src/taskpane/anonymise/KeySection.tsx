import { useId } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Register } from "../../core/anonymise/register";
import { MessageText } from "../components/MessageText";
import { useKeyToInitials } from "./useKeyToInitials";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  actions: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
});

/** Insert (or bring up to date) the key to initials: an appendix at the end of the document. */
export function KeySection({
  register,
  packId,
}: {
  register: Register;
  /** The template the author picked (undefined: detected, or the organisation's default). */
  packId: string | undefined;
}) {
  const styles = useStyles();
  const headingId = useId();
  const { state, insert } = useKeyToInitials(register, packId);
  const n = register.people.length;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Key to initials
      </Subtitle2>
      <Text>
        A table of each code with the real name and role, for the review panel. It goes at the end
        of the document as an appendix, kept apart from the report: it lists real names, so the
        clean copy for publication can leave it out.
      </Text>
      <div className={styles.actions}>
        <Button
          onClick={() => void insert()}
          disabledFocusable={n === 0 || state.phase === "working"}
        >
          Insert the key to initials
        </Button>
        <div aria-live="polite" role="status">
          {state.phase === "working" && (
            <Spinner size="tiny" labelPosition="after" label="Writing the key…" />
          )}
        </div>
      </div>
      {state.phase === "done" && (
        <MessageBar
          intent="success"
          politeness="polite"
          layout="multiline"
          data-testid="key-result"
        >
          <MessageBarBody>
            {state.updated
              ? `The key to initials in the document now lists ${state.people} ${state.people === 1 ? "person" : "people"}.`
              : `Key to initials added at the end of the document (${state.people} ${state.people === 1 ? "person" : "people"}).`}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "failed" && (
        <MessageBar intent="error" layout="multiline" data-testid="key-result">
          <MessageBarBody>
            <MessageBarTitle>The key wasn&rsquo;t written</MessageBarTitle>
            <MessageText>{state.reason}</MessageText>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
