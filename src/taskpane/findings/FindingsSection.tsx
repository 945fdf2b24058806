import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { findingKey } from "../../core/checks/engine";
import { summariseFindings } from "../../core/checks/summary";
import type { Finding } from "../../core/model/types";
import { MessageText } from "../components/MessageText";
import { useDocumentChecks, type FindingAction } from "../hooks/useDocumentChecks";
import { FindingItem } from "./FindingItem";
import { FindingsGroup } from "./FindingsGroup";
import { PackChooser } from "./PackChooser";
import { checkedAgo, countsText, findingIds, whatWasChecked } from "./status";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, ...typographyStyles.subtitle2 },
  spinner: {
    display: "inline-flex",
    verticalAlign: "middle",
    marginRight: tokens.spacingHorizontalXS,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
  },
  status: { flexGrow: 1, minWidth: "10rem", minHeight: "1.5rem" },
  packLine: { color: tokens.colorNeutralForeground2 },
  empty: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Re-render every 15 s so "Checked 2 minutes ago" stays true. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

function sourceText(source: ReturnType<typeof useDocumentChecks>["source"]): string {
  if (!source) return "";
  if (source.by === "chosen") return "you chose it";
  return source.by === "recorded" ? "recorded in the document" : `detected: ${source.reason}`;
}

/**
 * Write tab: the document's structure and language findings, kept up to date as the author
 * writes. Grouped by section, errors first, each with its severity in words as well as an icon.
 */
export function FindingsSection() {
  const styles = useStyles();
  const headingId = useId();
  const checks = useDocumentChecks();
  const now = useNow();
  const [choosing, setChoosing] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<string | null | undefined>(undefined);

  const { findings, ignoredKeys, showIgnored, pack } = checks;
  // Ignored findings leave the list at once (the re-check that drops them follows).
  const visible = useMemo(
    () => (showIgnored ? findings : findings.filter((f) => !ignoredKeys.has(findingKey(f)))),
    [findings, ignoredKeys, showIgnored],
  );
  const summary = useMemo(() => summariseFindings(visible, pack), [visible, pack]);
  const ordered = useMemo(() => summary.sections.flatMap((s) => s.findings), [summary]);
  const ids = useMemo(() => {
    const list = findingIds(ordered);
    return new Map(ordered.map((f, i) => [f, list[i]]));
  }, [ordered]);

  // After a fix or an ignore removes an item, put focus on the next one (or the heading).
  useEffect(() => {
    const target = focusNext.current;
    if (target === undefined) return;
    focusNext.current = undefined;
    const el = target === null ? undefined : itemRefs.current.get(target);
    if (el) el.focus();
    else headingRef.current?.focus();
  }, [ids]);

  const afterRemoval = useCallback(
    (f: Finding) => {
      const list = [...ids.entries()];
      const i = list.findIndex(([x]) => x === f);
      focusNext.current = (list[i + 1] ?? list[i - 1])?.[1] ?? null;
    },
    [ids],
  );

  const onFix = useCallback(
    async (f: Finding, replacement: string): Promise<FindingAction> => {
      const r = await checks.fix(f, replacement);
      if (r.ok) {
        afterRemoval(f);
        setAnnouncement(r.message ?? "Fixed.");
      }
      return r;
    },
    [checks, afterRemoval],
  );

  const onIgnore = useCallback(
    async (f: Finding): Promise<FindingAction> => {
      afterRemoval(f);
      const r = await checks.ignore(f);
      if (r.ok)
        setAnnouncement(
          `Ignored “${f.text}”.${checks.settings.persistence === "document" ? " It is remembered in this document." : ""} Turn on “Show ignored findings” to see it again.`,
        );
      else focusNext.current = undefined;
      return r;
    },
    [checks, afterRemoval],
  );

  const checkAgain = useCallback(() => void checks.checkNow(), [checks]);
  const counts = summary.counts;
  const ignoredCount = checks.settings.settings.ignoredFindings.length;

  const statusText = checks.checking
    ? "Checking…"
    : checks.status === "ready"
      ? countsText(counts)
      : checks.status === "empty"
        ? "nothing to check yet"
        : checks.status === "no-pack"
          ? "template not recognised"
          : checks.status === "failed"
            ? "the check failed"
            : "";

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading} ref={headingRef} tabIndex={-1}>
        Check the report
      </h2>
      <div className={styles.bar}>
        <Text className={styles.status} data-testid="check-status">
          {checks.checkedAt !== undefined && !checks.checking && (
            <span>Checked {checkedAgo(checks.checkedAt, now)} · </span>
          )}
          <span role="status">
            {checks.checking && <Spinner size="extra-tiny" as="span" className={styles.spinner} />}
            {statusText}
          </span>
        </Text>
        <Button onClick={checkAgain} disabledFocusable={checks.checking}>
          Check now
        </Button>
      </div>
      <div aria-live="polite" data-testid="check-announcement">
        {announcement && <Text size={200}>{announcement}</Text>}
      </div>

      {checks.settings.notice && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{checks.settings.notice}</MessageBarBody>
        </MessageBar>
      )}

      {checks.status === "failed" && (
        <MessageBar intent="error" layout="multiline" data-testid="check-failed">
          <MessageBarBody>
            <MessageBarTitle>The document could not be checked</MessageBarTitle>
            <MessageText>{checks.error}</MessageText>
          </MessageBarBody>
        </MessageBar>
      )}

      {checks.status === "no-pack" && (
        <MessageBar intent="warning" layout="multiline" data-testid="no-pack">
          <MessageBarBody>
            <MessageBarTitle>Which template is this report?</MessageBarTitle>
            <MessageText>
              Its headings don&rsquo;t match any of the templates well enough to tell. Choose the
              template it follows, and the checks will use that one.
            </MessageText>
          </MessageBarBody>
        </MessageBar>
      )}
      {(checks.status === "no-pack" || choosing) && (
        <PackChooser
          current={pack?.id}
          onChoose={(id) => {
            setChoosing(false);
            void checks.choosePack(id);
          }}
          onCancel={choosing ? () => setChoosing(false) : undefined}
          onDetect={
            checks.settings.settings.packId
              ? () => {
                  setChoosing(false);
                  void checks.choosePack(undefined);
                }
              : undefined
          }
        />
      )}

      {checks.status === "ready" && pack && !choosing && (
        <Text size={200} className={styles.packLine} data-testid="check-pack">
          Checked against the {pack.title} template ({sourceText(checks.source)}).{" "}
          <Link as="button" onClick={() => setChoosing(true)}>
            Change
          </Link>
        </Text>
      )}

      {(ignoredCount > 0 || showIgnored) && (
        <Switch
          checked={showIgnored}
          onChange={(_e, data) => checks.setShowIgnored(data.checked)}
          label={`Show ignored findings (${ignoredCount})`}
        />
      )}

      {checks.status === "empty" && (
        <Text data-testid="check-empty">
          Nothing to check yet: the document is empty. Insert a template above, or start writing.
        </Text>
      )}

      {checks.status === "ready" && pack && counts.total === 0 && (
        <div className={styles.empty} data-testid="check-clean">
          <Text weight="semibold">No problems found.</Text>
          <Text size={200}>Checked {whatWasChecked(pack)}.</Text>
        </div>
      )}

      {checks.status === "ready" &&
        summary.sections.map((s) => (
          <FindingsGroup
            key={s.section}
            summary={s}
            renderItem={(f) => {
              const id = ids.get(f)!;
              return (
                <FindingItem
                  key={id}
                  ref={(el) => {
                    if (el) itemRefs.current.set(id, el);
                    else itemRefs.current.delete(id);
                  }}
                  finding={f}
                  ignored={showIgnored && ignoredKeys.has(findingKey(f))}
                  onGoTo={checks.goTo}
                  onFix={onFix}
                  onIgnore={onIgnore}
                  onUnignore={checks.unignore}
                  onCheckAgain={checkAgain}
                />
              );
            }}
          />
        ))}
    </section>
  );
}
