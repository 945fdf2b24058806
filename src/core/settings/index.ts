export {
  CURRENT_SETTINGS_SCHEMA_VERSION,
  SETTINGS_NAMESPACE,
  DocumentSettingsSchema,
  ReviewPeriodSchema,
  defaultSettings,
  type DocumentSettings,
  type ReviewPeriod,
} from "./schema";
export {
  loadSettings,
  newerSettingsMessage,
  ignoreFinding,
  unignoreFindings,
  withReviewPeriod,
  withPackId,
  type SettingsLoad,
} from "./state";
