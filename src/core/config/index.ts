export {
  CURRENT_ORGANISATION_SCHEMA_VERSION,
  OrganisationConfigSchema,
  RuleSettingSchema,
  type OrganisationConfig,
  type RuleSetting,
} from "./schema";
export {
  availablePacks,
  builtInSettings,
  parseOrganisationJson,
  resolveOrganisation,
  withMarking,
  type OrganisationLoad,
  type OrganisationSettings,
} from "./resolve";
