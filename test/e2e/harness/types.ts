import type { installFakeOffice } from "../../fakes/word-host";

/** What the harness pages put on `window` for the test (and each other) to use. */
export type FakeHost = ReturnType<typeof installFakeOffice>;

export interface HarnessWindow {
  /** The fake Word host of the pane (on both the top window and the pane's window). */
  imrHost?: FakeHost;
  imrHostError?: string;
  /** Re-render the document view now; true if it changed. */
  imrRefresh?: () => boolean;
  /** Set once the pane has loaded and the document view is live. */
  imrReady?: boolean;
}
