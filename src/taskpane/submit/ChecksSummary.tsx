import { useId, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../core/model/types";
import { MessageText } from "../components/MessageText";
import { useGateway } from "../context/GatewayContext";
import { SeverityLabel } from "../findings/SeverityLabel";
import { shortText } from "../findings/status";
import type { SubmissionChecks } from "./checks";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  where: { color: tokens.colorNeutralForeground2 },
  text: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  message: { overflowWrap: "anywhere" },
  goTo: { alignSelf: "flex-start" },
  gone: { color: tokens.colorNeutralForeground2 },
});

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function FindingRow({ finding }: { finding: Finding }) {
  const styles = useStyles();
  const gateway = useGateway();
  const [gone, setGone] = useState(false);
  const location = finding.location;
  return (
    <li className={styles.item} data-testid="submit-finding" data-rule={finding.rule}>
      <div className={styles.head}>
        <SeverityLabel severity={finding.severity} />
        {finding.section && <Caption1 className={styles.where}>{finding.section}</Caption1>}
      </div>
      {finding.text !== finding.section && (
        <Text className={styles.text}>“{shortText(finding.text)}”</Text>
      )}
      <Text className={styles.message}>{finding.message}</Text>
      {location && (
        <Button
          size="small"
          className={styles.goTo}
          aria-label={`Go to “${shortText(finding.text, 60)}”`}
          onClick={() =>
            void gateway
              .select(location, finding.text)
              .then((found) => setGone(!found))
              .catch(() => setGone(true))
          }
        >
          Go to
        </Button>
      )}
      {gone && (
        <Caption1 className={styles.gone} role="status">
          That text has changed since the check: prepare again.
        </Caption1>
      )}
    </li>
  );
}

function FindingList({ findings }: { findings: readonly Finding[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {findings.map((f, i) => (
        <FindingRow key={`${f.rule}:${i}`} finding={f} />
      ))}
    </ul>
  );
}

/** Step 1 of "Prepare for submission": errors to fix (or submit with), warnings to consider. */
export function ChecksSummary({
  checks,
  acknowledged,
  onAcknowledge,
}: {
  checks: SubmissionChecks;
  acknowledged: boolean;
  onAcknowledge(value: boolean): void;
}) {
  const styles = useStyles();
  const headingId = useId();
  const { errors, warnings, notes } = checks;
  const others = [
    warnings.length > 0 ? plural(warnings.length, "warning") : "",
    notes.length > 0 ? plural(notes.length, "note") : "",
  ].filter(Boolean);

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="submit-checks">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        1. Checks
      </Subtitle2>
      {errors.length === 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No errors</MessageBarTitle>
            <MessageText>
              {others.length > 0
                ? `${others.join(" and ")} below: read them, but they don't stop you submitting.`
                : "Nothing else was found either."}
            </MessageText>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {plural(errors.length, "error")} to fix before you submit
            </MessageBarTitle>
            <MessageText>
              Fix {errors.length === 1 ? "it" : "them"} and prepare again, or, if you will explain{" "}
              {errors.length === 1 ? "it" : "them"} to the review panel, tick &ldquo;Submit
              anyway&rdquo; below.
              {others.length > 0
                ? ` The ${others.join(" and ")} further down don't stop you submitting.`
                : ""}
            </MessageText>
          </MessageBarBody>
        </MessageBar>
      )}
      {errors.length > 0 && <FindingList findings={errors} />}
      {(warnings.length > 0 || notes.length > 0) && (
        <Accordion collapsible multiple>
          {warnings.length > 0 && (
            <AccordionItem value="warnings">
              <AccordionHeader>Warnings ({warnings.length})</AccordionHeader>
              <AccordionPanel>
                <FindingList findings={warnings} />
              </AccordionPanel>
            </AccordionItem>
          )}
          {notes.length > 0 && (
            <AccordionItem value="notes">
              <AccordionHeader>Notes ({notes.length})</AccordionHeader>
              <AccordionPanel>
                <FindingList findings={notes} />
              </AccordionPanel>
            </AccordionItem>
          )}
        </Accordion>
      )}
      {errors.length > 0 && (
        <Checkbox
          checked={acknowledged}
          onChange={(_e, data) => onAcknowledge(data.checked === true)}
          label={`Submit anyway: I have read ${errors.length === 1 ? "this error" : `these ${errors.length} errors`} and will explain ${errors.length === 1 ? "it" : "them"} when I submit`}
        />
      )}
    </section>
  );
}
