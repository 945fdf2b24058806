import type { QaState } from "../../core/qa/schema";
import type { QaResult } from "../../core/qa/state";

/**
 * Make a change to the QA record: `change` gets the record as it stands now (not as some earlier
 * render saw it). Returns why the change was refused, or undefined when it was made.
 */
export type ApplyChange = (change: (state: QaState) => QaResult) => string | undefined;
