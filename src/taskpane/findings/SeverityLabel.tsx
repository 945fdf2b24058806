import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/model/types";
import { SEVERITY_LABELS } from "./status";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  icon: { flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };

/** A severity as an icon AND a word (never colour alone). */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const Icon = ICONS[severity];
  return (
    <span className={styles.root} data-severity={severity}>
      <Icon aria-hidden className={mergeClasses(styles.icon, styles[severity])} />
      <span>{SEVERITY_LABELS[severity]}</span>
    </span>
  );
}
