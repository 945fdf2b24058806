import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { MessageText } from "../components/MessageText";
import type { AnonymiseFlow } from "./useAnonymise";

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What replacing did: how many, what the check found afterwards, or why nothing changed. */
export function PreviewResult({ flow }: { flow: AnonymiseFlow }) {
  const { state } = flow;
  if (state.phase === "refused")
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="anonymise-result">
        <MessageBarBody>
          <MessageBarTitle>Nothing was replaced</MessageBarTitle>
          <MessageText>
            {state.reason} Refresh the preview to see the document as it is now.
          </MessageText>
          <MessageText>
            <Button size="small" onClick={() => void flow.read()}>
              Refresh the preview
            </Button>
          </MessageText>
        </MessageBarBody>
      </MessageBar>
    );
  if (state.phase !== "applied") return null;
  const clean = state.left === 0;
  return (
    <MessageBar
      intent={clean ? "success" : "warning"}
      politeness="polite"
      layout="multiline"
      data-testid="anonymise-result"
    >
      <MessageBarBody>
        <MessageBarTitle>Replaced {plural(state.replaced, "name", "names")}</MessageBarTitle>
        <MessageText>
          {clean
            ? "Checked again: no name from the register is left in the document."
            : `Checked again: ${plural(state.left, "name from the register is", "names from the register are")} still in the document (kept, or left to decide).` +
              (state.errors > 0
                ? ` The checks show ${plural(state.errors, "finding", "findings")} for ${state.left === 1 ? "it" : "them"} under “anonymisation.full-name”.`
                : "")}
        </MessageText>
      </MessageBarBody>
    </MessageBar>
  );
}
