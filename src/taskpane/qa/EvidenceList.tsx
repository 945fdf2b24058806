import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { EvidenceItem } from "../../core/qa/evidence";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  concern: {
    color: tokens.colorPaletteDarkOrangeForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  info: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
});

const LABEL: Record<EvidenceItem["kind"], string> = {
  ok: "Looks fine:",
  concern: "Check:",
  info: "Note:",
};

/** What the checks found that bears on one criterion: it informs the answer, never gives it. */
export function EvidenceList({ items }: { items: readonly EvidenceItem[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <ul className={styles.list} aria-label="Evidence from the checks">
      {items.map((item, i) => (
        <li key={i} className={styles.item} data-kind={item.kind}>
          <Text className={styles[item.kind]} size={200}>
            {LABEL[item.kind]}
          </Text>{" "}
          <Text size={200}>{item.text}</Text>
        </li>
      ))}
    </ul>
  );
}
