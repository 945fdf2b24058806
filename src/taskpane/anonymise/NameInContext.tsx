import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Snippet } from "./occurrences";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  text: { overflowWrap: "anywhere" },
  // Bold, underlined and bracketed as well as shaded: never colour alone.
  name: {
    fontWeight: tokens.fontWeightBold,
    textDecorationLine: "underline",
    textDecorationThickness: "2px",
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
    paddingLeft: "1px",
    paddingRight: "1px",
  },
  where: { color: tokens.colorNeutralForeground3 },
});

/** A name in its sentence, the name marked, and where it is. */
export function NameInContext({ snippet, where }: { snippet: Snippet; where: string }) {
  const styles = useStyles();
  return (
    <span className={styles.root}>
      <span className={styles.text}>
        {snippet.before}
        <mark className={styles.name}>[{snippet.name}]</mark>
        {snippet.after}
      </span>
      <Caption1 className={styles.where}>{where}</Caption1>
    </span>
  );
}
