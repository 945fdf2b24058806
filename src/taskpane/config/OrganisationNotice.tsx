import { Fragment, useId, useState, type ReactNode } from "react";
import {
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { InputProblem } from "../../core/validation";
import { MessageText } from "../components/MessageText";
import { ORGANISATION_FILE } from "./load";
import { useConfigState } from "./ConfigContext";

const useStyles = makeStyles({
  toggle: { display: "block", marginTop: tokens.spacingVerticalXS },
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
  item: { marginBottom: tokens.spacingVerticalXXS },
  path: { fontFamily: tokens.fontFamilyMonospace },
  agency: {
    color: tokens.colorNeutralForeground3,
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
  },
});

/** A dotted path that may wrap after each dot (not inside a name). */
function breakable(path: string): ReactNode {
  return path.split(".").map((part, i) => (
    <Fragment key={i}>
      {i > 0 && (
        <>
          .<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}

/** The problems, for the administrator: one line each, "path: reason". */
function ProblemList({ problems }: { problems: readonly InputProblem[] }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <>
      <Link
        as="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? "Hide the problems" : `Show the problems (${problems.length})`}
      </Link>
      {open && (
        <ul id={listId} className={styles.list} data-testid="organisation-problems">
          {problems.map((p, i) => (
            <li key={i} className={styles.item}>
              <span className={styles.path}>{breakable(p.path)}</span>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * What the pane says about the organisation's settings: which organisation set it up, or, when
 * the organisation file (config/organisation.json) has problems, a dismissible warning that lists
 * them for the administrator while the pane goes on with its built-in settings.
 */
export function OrganisationNotice() {
  const styles = useStyles();
  const state = useConfigState();
  const [dismissed, setDismissed] = useState(false);
  if (state.status === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>IMR Assistant couldn&rsquo;t finish loading</MessageBarTitle>
          <MessageText>
            Close the task pane and open it again from Word&rsquo;s Home tab.
          </MessageText>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.status !== "ready") return null;
  if (state.problems.length === 0) {
    const agency = state.settings.agencyName;
    return agency ? (
      <Caption1 className={styles.agency} data-testid="organisation-name">
        Set up for {agency}
      </Caption1>
    ) : null;
  }
  if (dismissed) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="organisation-message">
      <MessageBarBody>
        <MessageBarTitle>Your organisation&rsquo;s settings file has problems</MessageBarTitle>
        <MessageText>
          IMR Assistant is using its built-in settings. Please tell whoever looks after IMR
          Assistant for your organisation: the file is {ORGANISATION_FILE}.
        </MessageText>
        <ProblemList problems={state.problems} />
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Dismiss"
            icon={<DismissRegular />}
            onClick={() => setDismissed(true)}
          />
        }
      />
    </MessageBar>
  );
}
