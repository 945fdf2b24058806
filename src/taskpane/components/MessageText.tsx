import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  text: { display: "block", marginTop: tokens.spacingVerticalXXS },
});

/** The body of a message bar under its title (Fluent puts the two on one line otherwise). */
export function MessageText({ children }: { children: ReactNode }) {
  return <span className={useStyles().text}>{children}</span>;
}
