import { makeStyles, tokens } from "@fluentui/react-components";
import { InsertTemplate } from "../components/InsertTemplate";
import { FindingsSection } from "../findings/FindingsSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXL },
});

/** The Write tab: features for the author while drafting. More features are added as sections here. */
export function WritePanel() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <InsertTemplate />
      <FindingsSection />
    </div>
  );
}
