import type { Element } from "@xmldom/xmldom";
import { CURRENT_QA_SCHEMA_VERSION, QA_DATE_KEYS, type QaState } from "../../core/qa/schema";
import { loadQaState, type QaLoad } from "../../core/qa/state";
import type { Parsed } from "../../core/validation";
import {
  QA_NAMESPACE,
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
 * The QA state as a custom XML part: real XML elements in the namespace "urn:imr-assistant:qa",
 * versioned by the root's schemaVersion attribute (the namespace stays the same across versions,
 * so Office's CustomXmlParts.getByNamespace finds every version).
 *
 * Version 2 (current):
 *   <qa xmlns="urn:imr-assistant:qa" schemaVersion="2" packId="dhr" setId="gm-dhr-qa" status="draft">
 *     <answers>
 *       <answer criterion="scope" value="Yes" by="J Smith" at="2024-03-05T10:00:00.000Z">comment</answer>
 *     </answers>
 *     <comments>
 *       <comment id="c1" criterion="scope" by="J Smith" at="..."><anchor>first words</anchor><text>...</text></comment>
 *     </comments>
 *     <dates imrRequested="01/02/2024" firstSubmission="..."/>
 *     <signOff name="..." role="..." date="dd/mm/yyyy"/>
 *     <history><entry status="submitted-for-qa" by="..." at="..."/></history>
 *   </qa>
 *
 * Version 1 (older, read and migrated, never written):
 *   <qa xmlns="urn:imr-assistant:qa" schemaVersion="1" packId="dhr" setId="gm-dhr-qa"
 *       status="in-review" reviewer="J Smith" updated="2023-11-01T09:00:00Z" submitted="01/11/2023">
 *     <answer criterion="scope" value="Yes">comment</answer>
 *     <signedOff name="..." role="..." date="dd/mm/yyyy"/>
 *   </qa>
 *
 * Unknown elements and attributes are ignored when reading, so a later version can add some.
 */

export function qaToXml(state: QaState): string {
  const answers = Object.entries(state.answers)
    .map(([criterion, a]) =>
      el("answer", { criterion, value: a.answer, by: a.by, at: a.at }, textXml(a.comment)),
    )
    .join("");
  const comments = state.comments
    .map((c) =>
      el(
        "comment",
        { id: c.id, criterion: c.criterionId, by: c.by, at: c.at },
        el("anchor", {}, textXml(c.anchorText)) + el("text", {}, textXml(c.text)),
      ),
    )
    .join("");
  const dates: Record<string, string | undefined> = {};
  for (const k of QA_DATE_KEYS) dates[k] = state.dates[k];
  const history = state.history
    .map((h) => el("entry", { status: h.status, by: h.by, at: h.at }))
    .join("");
  return (
    `<qa${attrs({ xmlns: QA_NAMESPACE, schemaVersion: String(CURRENT_QA_SCHEMA_VERSION), packId: state.packId, setId: state.setId, status: state.status })}>` +
    `<answers>${answers}</answers>` +
    `<comments>${comments}</comments>` +
    el("dates", dates) +
    (state.signOff
      ? el("signOff", {
          name: state.signOff.name,
          role: state.signOff.role,
          date: state.signOff.date,
        })
      : "") +
    `<history>${history}</history>` +
    `</qa>`
  );
}

function v2Data(root: Element): Record<string, unknown> {
  const ns = QA_NAMESPACE;
  const answers: Record<string, unknown> = {};
  const answersEl = child(root, ns, "answers");
  for (const a of answersEl ? children(answersEl, ns, "answer") : []) {
    answers[attr(a, "criterion") ?? ""] = defined({
      answer: attr(a, "value"),
      comment: text(a) ?? "",
      by: attr(a, "by"),
      at: attr(a, "at"),
    });
  }
  const commentsEl = child(root, ns, "comments");
  const comments = (commentsEl ? children(commentsEl, ns, "comment") : []).map((c) =>
    defined({
      id: attr(c, "id"),
      criterionId: attr(c, "criterion"),
      by: attr(c, "by"),
      at: attr(c, "at"),
      anchorText: text(child(c, ns, "anchor")) ?? "",
      text: text(child(c, ns, "text")),
    }),
  );
  const datesEl = child(root, ns, "dates");
  const dates: Record<string, string | undefined> = {};
  if (datesEl) for (const k of QA_DATE_KEYS) dates[k] = attr(datesEl, k);
  const signOffEl = child(root, ns, "signOff");
  const historyEl = child(root, ns, "history");
  const history = (historyEl ? children(historyEl, ns, "entry") : []).map((h) =>
    defined({ status: attr(h, "status"), by: attr(h, "by"), at: attr(h, "at") }),
  );
  return defined({
    schemaVersion: 2,
    packId: attr(root, "packId"),
    setId: attr(root, "setId"),
    status: attr(root, "status"),
    answers,
    comments,
    dates: defined(dates),
    signOff: signOffEl
      ? defined({
          name: attr(signOffEl, "name"),
          role: attr(signOffEl, "role"),
          date: attr(signOffEl, "date"),
        })
      : undefined,
    history,
  });
}

function v1Data(root: Element): Record<string, unknown> {
  const ns = QA_NAMESPACE;
  const answers = children(root, ns, "answer").map((a) =>
    defined({
      criterionId: attr(a, "criterion"),
      answer: attr(a, "value"),
      comment: text(a) ?? "",
    }),
  );
  const s = child(root, ns, "signedOff");
  return defined({
    schemaVersion: 1,
    packId: attr(root, "packId"),
    setId: attr(root, "setId"),
    status: attr(root, "status"),
    reviewer: attr(root, "reviewer"),
    updated: attr(root, "updated"),
    submitted: attr(root, "submitted"),
    answers,
    signedOff: s
      ? defined({ name: attr(s, "name"), role: attr(s, "role"), date: attr(s, "date") })
      : undefined,
  });
}

/** Read a QA part's XML (any known version), migrating older versions. Never throws. */
export function qaLoadFromXml(xml: string): QaLoad {
  const parsed = tryParse(xml, "the QA record");
  if (!parsed.ok)
    return {
      kind: "invalid",
      problems: [
        { path: "(xml)", message: `the QA record is not well-formed XML: ${parsed.message}` },
      ],
    };
  const root = parsed.root;
  if (root.namespaceURI !== QA_NAMESPACE || root.localName !== "qa") {
    return {
      kind: "invalid",
      problems: [
        {
          path: "(xml)",
          message: `this is not a QA record: its root element is <${root.localName}> in "${root.namespaceURI ?? "no namespace"}", not <qa> in "${QA_NAMESPACE}"`,
        },
      ],
    };
  }
  const version = versionOf(root);
  if (Number.isNaN(version))
    return {
      kind: "invalid",
      problems: [{ path: "schemaVersion", message: "the QA record has no valid schema version" }],
    };
  if (version === 1) return loadQaState(v1Data(root));
  if (version === 2) return loadQaState(v2Data(root));
  return loadQaState({ schemaVersion: version });
}

/**
 * Read a QA part's XML as Parsed<QaState>. A record from a newer version is not ok: its problem
 * (path "schemaVersion") says so, and the caller must leave the part as it is.
 */
export function qaFromXml(xml: string): Parsed<QaState> {
  const load = qaLoadFromXml(xml);
  if (load.kind === "ok") return { ok: true, value: load.state };
  if (load.kind === "newer")
    return { ok: false, problems: [{ path: "schemaVersion", message: load.message }] };
  return { ok: false, problems: load.problems };
}
