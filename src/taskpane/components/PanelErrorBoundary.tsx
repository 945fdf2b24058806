import { Component, type ErrorInfo, type ReactNode } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { logError } from "../config/error-log";
import { MessageText } from "./MessageText";

interface State {
  failed: boolean;
}

/**
 * Keeps one panel's failure (a chunk that didn't load, a bug) from blanking the whole pane.
 * A class because React has no hook for error boundaries. Logs the error's name and code only
 * (../config/error-log.ts): its message and stack may quote the document.
 */
export class PanelErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    logError("showing a panel", error);
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
