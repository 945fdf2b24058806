import { Component, type ErrorInfo, type ReactNode } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { MessageText } from "./MessageText";

interface State {
  failed: boolean;
}

/**
 * Keeps one panel's failure (a chunk that didn't load, a bug) from blanking the whole pane.
 * A class because React has no hook for error boundaries. Logs nothing: errors may quote the
 * document.
 */
export class PanelErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Deliberately silent (see above).
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This part of IMR Assistant stopped working</MessageBarTitle>
          <MessageText>
            Close the task pane and open it again from Word&rsquo;s Home tab.
          </MessageText>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
