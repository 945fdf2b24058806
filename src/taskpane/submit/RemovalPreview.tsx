import { useId } from "react";
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PrivacyOptions } from "../../docx/privacy/clean";
import type { AmbiguityReason } from "../../docx/strip/report";
import { MessageText } from "../components/MessageText";
import type { RemovalPreview as Preview } from "./preview";
import { PrivacyPreview } from "./PrivacyPreview";
import { privacyItems } from "./privacy";
import type { Prepared } from "./useSubmission";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  sections: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  sectionName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  notes: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  words: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  edited: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  fullText: {
    display: "block",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    marginTop: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

const REASONS: Readonly<Record<AmbiguityReason, string>> = {
  "red-not-italic": "red but not italic",
  "italic-not-red": "italic but not red",
  "unlisted-red": "a red that isn't a guidance red",
  "in-text-box": "red italic in a text box, which isn't cleaned: remove it by hand",
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function quoted(words: string): string {
  return words ? `“${words}”` : "(an empty guidance box)";
}

/** Notes whose text differs from the template's: shown in full, since it all goes. */
function EditedNotes({ preview }: { preview: Preview }) {
  const styles = useStyles();
  if (preview.edited.length === 0) return null;
  const n = preview.edited.length;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="submit-edited">
      <MessageBarBody>
        <MessageBarTitle>
          {n === 1
            ? "This note has been edited — its text will be removed too"
            : `${n} notes have been edited — their text will be removed too`}
        </MessageBarTitle>
        <MessageText>
          Word can&rsquo;t tell what you typed inside a guidance box from the guidance itself. Move
          anything of yours out of {n === 1 ? "it" : "them"} first, or make a clean copy (your draft
          keeps everything).
        </MessageText>
        <ul className={styles.edited}>
          {preview.edited.map((note) => (
            <li key={note.key}>
              <Caption1 className={styles.muted}>
                {note.section}
                {note.unverified ? " (from a template the add-in doesn't have: check it)" : ""}
              </Caption1>
              <span className={styles.fullText}>{note.fullText}</span>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Step 2 of "Prepare for submission": what the clean copy (or the removal) takes out. */
export function RemovalPreview({
  preview,
  file,
  privacyOptions = {},
}: Pick<Prepared, "preview" | "file"> & {
  /** What the copy keeps (the Submit step's choices); defaults to leaving the key and comments out. */
  privacyOptions?: PrivacyOptions;
}) {
  const styles = useStyles();
  const headingId = useId();
  const report = "report" in file ? file.report : undefined;
  const redItalic = report?.notes.filter((n) => n.kind === "red-italic") ?? [];
  const ambiguous = report?.ambiguous ?? [];
  const count = preview.notes.length;

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="submit-preview">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        2. Guidance to remove
      </Subtitle2>
      <Text data-testid="submit-preview-summary">
        {count === 0
          ? "There are no guidance notes left in the document."
          : `${plural(count, "guidance note")} will be removed, in ${plural(preview.sections.length, "section")}:`}
      </Text>
      {"privacy" in file && <PrivacyPreview items={privacyItems(file.privacy, privacyOptions)} />}
      <EditedNotes preview={preview} />
      {count > 0 && (
        <ul className={styles.sections}>
          {preview.sections.map((s) => (
            <li key={`${s.section}:${s.notes[0].key}`} className={styles.section}>
              <Text className={styles.sectionName}>
                {s.section} ({s.notes.length})
              </Text>
              <ul className={styles.notes}>
                {s.notes.map((n) => (
                  <li key={n.key}>
                    <Text size={200} className={styles.words}>
                      {quoted(n.firstWords)}
                      {n.cell ? " (table cell)" : ""}
                      {n.edited || n.unverified ? " — edited" : ""}
                    </Text>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {redItalic.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="submit-red-italic">
          <MessageBarBody>
            <MessageBarTitle>
              {plural(redItalic.length, "passage")} of red italic text outside the guidance boxes
            </MessageBarTitle>
            <MessageText>
              The clean copy removes {redItalic.length === 1 ? "it" : "them"} as guidance (your
              agency&rsquo;s own template marks guidance that way). Removing guidance from this
              document takes out only the guidance boxes:{" "}
              {redItalic.length === 1 ? "this stays" : "these stay"}.
            </MessageText>
            <ul className={styles.notes}>
              {redItalic.map((n, i) => (
                <li key={i}>
                  <Text size={200}>
                    {quoted(n.firstWords)}
                    {n.section ? ` (${n.section})` : ""}
                  </Text>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {ambiguous.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="submit-ambiguous">
          <MessageBarBody>
            <MessageBarTitle>Check this formatting by hand</MessageBarTitle>
            <MessageText>
              {ambiguous.length === 1 ? "One passage looks" : `${ambiguous.length} passages look`}{" "}
              like guidance but {ambiguous.length === 1 ? "isn't" : "aren't"} clearly guidance, so{" "}
              {ambiguous.length === 1 ? "it stays" : "they stay"}: delete what is guidance yourself.
            </MessageText>
            <ul className={styles.notes}>
              {ambiguous.map((a, i) => (
                <li key={i}>
                  <Text size={200}>
                    {quoted(a.firstWords)}: {REASONS[a.reason]}
                    {a.section ? ` (${a.section})` : ""}
                  </Text>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {"unavailable" in file && <Caption1 className={styles.muted}>{file.unavailable}</Caption1>}
    </section>
  );
}
