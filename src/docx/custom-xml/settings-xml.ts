import {
  CURRENT_SETTINGS_SCHEMA_VERSION,
  SETTINGS_NAMESPACE,
  type DocumentSettings,
} from "../../core/settings/schema";
import { loadSettings, type SettingsLoad } from "../../core/settings/state";
import {
  attr,
  attrs,
  child,
  children,
  defined,
  el,
  text,
  textXml,
  tryParse,
  versionOf,
} from "./xml-util";

export { SETTINGS_NAMESPACE };

/**
 * Document settings as a custom XML part in "urn:imr-assistant:settings", version 1:
 *
 *   <settings xmlns="urn:imr-assistant:settings" schemaVersion="1" packId="dhr">
 *     <ignoredFindings>
 *       <finding>language.judgemental|failed to engage|Analysis</finding>
 *     </ignoredFindings>
 *     <reviewPeriod start="01/01/2022" end="31/12/2023"/>
 *   </settings>
 *
 * An ignored finding's key holds a few words of the document (the finding's text): the clean
 * copy for publication should leave this part out. Unknown elements and attributes are ignored
 * when reading, so a later version can add some.
 */

export function settingsToXml(settings: DocumentSettings): string {
  const ignored = settings.ignoredFindings.map((k) => el("finding", {}, textXml(k))).join("");
  const period = settings.reviewPeriod
    ? el("reviewPeriod", { start: settings.reviewPeriod.start, end: settings.reviewPeriod.end })
    : "";
  return (
    `<settings${attrs({ xmlns: SETTINGS_NAMESPACE, schemaVersion: String(CURRENT_SETTINGS_SCHEMA_VERSION), packId: settings.packId })}>` +
    `<ignoredFindings>${ignored}</ignoredFindings>` +
    period +
    `</settings>`
  );
}

/** Read a settings part's XML. Never throws; a newer version comes back as kind "newer". */
export function settingsLoadFromXml(xml: string): SettingsLoad {
  const parsed = tryParse(xml, "the document settings");
  if (!parsed.ok)
    return {
      kind: "invalid",
      problems: [
        {
          path: "(xml)",
          message: `the document settings are not well-formed XML: ${parsed.message}`,
        },
      ],
    };
  const root = parsed.root;
  const ns = SETTINGS_NAMESPACE;
  if (root.namespaceURI !== ns || root.localName !== "settings")
    return {
      kind: "invalid",
      problems: [
        {
          path: "(xml)",
          message: `these are not document settings: the root element is <${root.localName}> in "${root.namespaceURI ?? "no namespace"}", not <settings> in "${ns}"`,
        },
      ],
    };
  const version = versionOf(root);
  if (Number.isNaN(version))
    return {
      kind: "invalid",
      problems: [{ path: "schemaVersion", message: "the settings have no valid schema version" }],
    };
  if (version !== CURRENT_SETTINGS_SCHEMA_VERSION) return loadSettings({ schemaVersion: version });
  const list = child(root, ns, "ignoredFindings");
  const period = child(root, ns, "reviewPeriod");
  return loadSettings(
    defined({
      schemaVersion: version,
      packId: attr(root, "packId"),
      ignoredFindings: (list ? children(list, ns, "finding") : []).map((f) => text(f) ?? ""),
      reviewPeriod: period
        ? defined({ start: attr(period, "start"), end: attr(period, "end") })
        : undefined,
    }),
  );
}
