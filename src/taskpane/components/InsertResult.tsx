import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { InsertState } from "../hooks/useInsertTemplate";
import { MessageText } from "./MessageText";

/**
 * Progress and outcome of inserting a template. The spinner sits in a polite live region; the
 * message bars announce themselves (the pane is wrapped in Fluent's AriaLiveAnnouncer).
 */
export function InsertProgress({ state }: { state: InsertState }) {
  return (
    <div aria-live="polite" role="status">
      {state.phase === "inserting" && (
        <Spinner size="tiny" labelPosition="after" label="Inserting the template…" />
      )}
    </div>
  );
}

export function InsertResult({ state }: { state: InsertState }) {
  switch (state.phase) {
    case "inserted":
      return (
        <MessageBar
          intent="success"
          politeness="polite"
          layout="multiline"
          data-testid="insert-result"
        >
          <MessageBarBody>
            Template inserted: {state.sections} sections. Guidance notes are in red italics; remove
            them before you submit.
          </MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline" data-testid="insert-result">
          <MessageBarBody>
            <MessageBarTitle>The template wasn&rsquo;t inserted</MessageBarTitle>
            <MessageText>{state.reason}</MessageText>
          </MessageBarBody>
        </MessageBar>
      );
    case "cancelled":
      return (
        <MessageBar intent="info" layout="multiline" data-testid="insert-result">
          <MessageBarBody>Nothing was inserted.</MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}
