import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the QA tab's sections. */
export const useQaStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  // A grid item's minimum is its content: without this a long option widens the pane.
  field: { gridTemplateColumns: "minmax(0, 1fr)" },
  control: { minWidth: 0, maxWidth: "100%" },
  row: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
