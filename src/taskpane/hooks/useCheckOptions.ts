import { useMemo } from "react";
import type { CheckOptions } from "../../core/checks/types";
import { mergeCheckOptions } from "../check-options";
import { useDocumentSettings } from "./useDocumentSettings";
import { useSettingsInForce } from "./useReportPack";

/**
 * The options a check runs with in this pane: the organisation's and this document's (ignored
 * findings, review period) merged by mergeCheckOptions. Add the register's names with
 * mergeCheckOptions(options, { registerNames }) where a check needs them.
 */
export function useCheckOptions(): CheckOptions {
  const { checkOptions } = useSettingsInForce();
  const { settings } = useDocumentSettings();
  const { ignoredFindings, reviewPeriod } = settings;
  return useMemo(
    () => mergeCheckOptions(checkOptions, { ignoredKeys: ignoredFindings, reviewPeriod }),
    [checkOptions, ignoredFindings, reviewPeriod],
  );
}
