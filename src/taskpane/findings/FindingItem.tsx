import { forwardRef, useState } from "react";
import {
  Badge,
  Button,
  Caption1,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../core/model/types";
import type { FindingAction } from "../hooks/useDocumentChecks";
import { SeverityLabel } from "./SeverityLabel";
import { replacementChoices, ruleName, shortText } from "./status";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  rule: { color: tokens.colorNeutralForeground2 },
  text: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  message: { overflowWrap: "anywhere" },
  suggestion: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  result: { overflowWrap: "anywhere" },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

export interface FindingItemProps {
  finding: Finding;
  ignored: boolean;
  onGoTo(f: Finding): Promise<FindingAction>;
  onFix(f: Finding, replacement: string): Promise<FindingAction>;
  onIgnore(f: Finding): Promise<FindingAction>;
  onUnignore(f: Finding): Promise<FindingAction>;
  onCheckAgain(): void;
}

/** One finding: what and where, the exact text, the message, a suggestion and its actions. */
export const FindingItem = forwardRef<HTMLLIElement, FindingItemProps>(function FindingItem(
  { finding, ignored, onGoTo, onFix, onIgnore, onUnignore, onCheckAgain },
  ref,
) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FindingAction | undefined>();
  const choices = replacementChoices(finding);
  const first = finding.suggestions?.[0];
  const suggestionShown =
    first !== undefined && !finding.message.includes(first) ? first : undefined;
  const quoted = shortText(finding.text);

  const act = async (action: () => Promise<FindingAction>) => {
    setBusy(true);
    setResult(undefined);
    try {
      const r = await action();
      setResult(r.ok && !r.message ? undefined : r);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li
      ref={ref}
      tabIndex={-1}
      className={styles.root}
      data-testid="finding"
      data-rule={finding.rule}
    >
      <div className={styles.head}>
        <SeverityLabel severity={finding.severity} />
        <Caption1 className={styles.rule}>{ruleName(finding.rule)}</Caption1>
        {ignored && (
          <Badge appearance="outline" color="informative">
            Ignored
          </Badge>
        )}
      </div>
      <Text className={styles.text}>“{quoted}”</Text>
      <Text className={styles.message}>{finding.message}</Text>
      {suggestionShown && (
        <Text size={200} className={styles.suggestion}>
          Suggestion: “{suggestionShown}”
        </Text>
      )}
      <div className={styles.actions}>
        {finding.location && (
          <Button size="small" disabled={busy} onClick={() => void act(() => onGoTo(finding))}>
            Go to
          </Button>
        )}
        {!ignored && choices.length === 1 && (
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            aria-label={`Fix: replace “${quoted}” with “${choices[0]}”`}
            onClick={() => void act(() => onFix(finding, choices[0]))}
          >
            Fix
          </Button>
        )}
        {!ignored && choices.length > 1 && (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button
                size="small"
                appearance="primary"
                disabled={busy}
                aria-label={`Fix “${quoted}”: choose the replacement`}
              >
                Fix…
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {choices.map((c) => (
                  <MenuItem key={c} onClick={() => void act(() => onFix(finding, c))}>
                    Replace with “{c}”
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
        {ignored ? (
          <Button size="small" disabled={busy} onClick={() => void act(() => onUnignore(finding))}>
            Stop ignoring
          </Button>
        ) : (
          <Button
            size="small"
            disabled={busy}
            aria-label={`Ignore “${quoted}” (${ruleName(finding.rule)})`}
            onClick={() => void act(() => onIgnore(finding))}
          >
            Ignore
          </Button>
        )}
      </div>
      <div aria-live="polite" className={styles.result}>
        {result && !result.ok && (
          <Text size={200} className={styles.failed} data-testid="finding-problem">
            {result.reason}{" "}
            {result.stale && (
              <Button size="small" appearance="transparent" onClick={onCheckAgain}>
                Check again
              </Button>
            )}
          </Text>
        )}
        {result?.ok && result.message && <Text size={200}>{result.message}</Text>}
      </div>
    </li>
  );
});
