import { parseRegister, type Register } from "../../core/anonymise/register";
import type { Parsed } from "../../core/validation";
import {
  REGISTER_NAMESPACE,
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

/**
 * The people register as a custom XML part in "urn:imr-assistant:register", version 1:
 *
 *   <register xmlns="urn:imr-assistant:register" schemaVersion="1">
 *     <person code="Adult A" role="victim" roleDetail="..." noDerived="true">
 *       <name>Joanne Bloggs</name>
 *       <variant>Jo</variant>
 *     </person>
 *   </register>
 *
 * It holds real names: the clean copy for publication must leave it out (removeCustomXmlPart).
 */

export const CURRENT_REGISTER_SCHEMA_VERSION = 1;

export function registerToXml(register: Register): string {
  const people = register.people
    .map((p) =>
      el(
        "person",
        {
          code: p.code,
          role: p.role,
          roleDetail: p.roleDetail,
          noDerived: p.noDerived === undefined ? undefined : String(p.noDerived),
        },
        el("name", {}, textXml(p.name)) +
          p.variants.map((v) => el("variant", {}, textXml(v))).join(""),
      ),
    )
    .join("");
  return `<register${attrs({ xmlns: REGISTER_NAMESPACE, schemaVersion: String(CURRENT_REGISTER_SCHEMA_VERSION) })}>${people}</register>`;
}

/** Read a register part's XML. Never throws; a newer version is refused with a clear problem. */
export function registerFromXml(xml: string): Parsed<Register> {
  const parsed = tryParse(xml, "the people register");
  if (!parsed.ok)
    return {
      ok: false,
      problems: [
        { path: "(xml)", message: `the people register is not well-formed XML: ${parsed.message}` },
      ],
    };
  const root = parsed.root;
  const ns = REGISTER_NAMESPACE;
  if (root.namespaceURI !== ns || root.localName !== "register") {
    return {
      ok: false,
      problems: [
        {
          path: "(xml)",
          message: `this is not a people register: its root element is <${root.localName}> in "${root.namespaceURI ?? "no namespace"}", not <register> in "${ns}"`,
        },
      ],
    };
  }
  const version = versionOf(root);
  if (version !== CURRENT_REGISTER_SCHEMA_VERSION) {
    const message = Number.isNaN(version)
      ? "the people register has no valid schema version"
      : version > CURRENT_REGISTER_SCHEMA_VERSION
        ? `the people register in this document was saved by a newer version of IMR Assistant (version ${version}; this version reads version ${CURRENT_REGISTER_SCHEMA_VERSION}). It has been left exactly as it is: update the add-in to read or change it.`
        : `the people register has an unknown schema version ${version}`;
    return { ok: false, problems: [{ path: "schemaVersion", message }] };
  }
  const people = children(root, ns, "person").map((p) => {
    const noDerived = attr(p, "noDerived");
    return defined({
      name: text(child(p, ns, "name")),
      variants: children(p, ns, "variant").map((v) => text(v) ?? ""),
      code: attr(p, "code"),
      role: attr(p, "role"),
      roleDetail: attr(p, "roleDetail"),
      noDerived: noDerived === undefined ? undefined : noDerived === "true" || noDerived === "1",
    });
  });
  return parseRegister({ schemaVersion: 1, people });
}
