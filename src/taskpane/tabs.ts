import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { OptionalCapability } from "./capabilities";

/**
 * The pane's tabs, in order. Adding a feature tab is adding one entry here: each panel loads
 * lazily (its own chunk), so the pane's first load stays small however many tabs there are.
 * Only working features get a tab.
 */
export interface TabSpec {
  /** Stable id (used in element ids and by the end-to-end tests). */
  id: string;
  /** The tab's label, as the author reads it. */
  label: string;
  /** Optional Word capabilities the tab's features use; the pane says which are missing. */
  uses: readonly OptionalCapability[];
  Panel: LazyExoticComponent<ComponentType>;
}

export const TABS: readonly TabSpec[] = [
  {
    id: "write",
    label: "Write",
    uses: ["paragraphEvents", "customXml"],
    Panel: lazy(() =>
      import(/* webpackChunkName: "panel-write" */ "./panels/WritePanel").then((m) => ({
        default: m.WritePanel,
      })),
    ),
  },
  {
    id: "chronology",
    label: "Chronology",
    uses: [],
    Panel: lazy(() =>
      import(/* webpackChunkName: "panel-chronology" */ "./panels/ChronologyPanel").then((m) => ({
        default: m.ChronologyPanel,
      })),
    ),
  },
  {
    id: "anonymise",
    label: "Anonymise",
    uses: ["customXml"],
    Panel: lazy(() =>
      import(/* webpackChunkName: "panel-anonymise" */ "./panels/AnonymisePanel").then((m) => ({
        default: m.AnonymisePanel,
      })),
    ),
  },
  {
    id: "qa",
    label: "QA",
    uses: ["customXml", "comments"],
    Panel: lazy(() =>
      import(/* webpackChunkName: "panel-qa" */ "./panels/QaPanel").then((m) => ({
        default: m.QaPanel,
      })),
    ),
  },
  {
    id: "submit",
    label: "Submit",
    uses: ["fileAccess"],
    Panel: lazy(() =>
      import(/* webpackChunkName: "panel-submit" */ "./panels/SubmitPanel").then((m) => ({
        default: m.SubmitPanel,
      })),
    ),
  },
];
