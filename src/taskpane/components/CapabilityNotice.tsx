import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Capabilities } from "../../word/gateway";
import { CORE_NEED, missingFeatures, type OptionalCapability } from "../capabilities";
import { MessageText } from "./MessageText";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXXS },
});

/**
 * Says plainly what this Word cannot do: an error when the core requirement set is missing
 * (nothing works), otherwise a note listing each feature of the shown tabs that needs a newer Word.
 */
export function CapabilityNotice({
  caps,
  uses,
}: {
  caps: Capabilities;
  uses: readonly OptionalCapability[];
}) {
  const styles = useStyles();
  if (!caps.core) {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="requirement-message">
        <MessageBarBody>
          <MessageBarTitle>This version of Word is too old for IMR Assistant</MessageBarTitle>
          <MessageText>
            IMR Assistant needs {CORE_NEED}. Inserting the template and checking the report use Word
            API 1.3, which this Word doesn&rsquo;t have. Ask your IT team to update Word, or open
            the document in Word on the web.
          </MessageText>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const missing = missingFeatures(caps, uses);
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="capability-message">
      <MessageBarBody>
        <MessageBarTitle>Some features need a newer Word</MessageBarTitle>
        <ul className={styles.list}>
          {missing.map((m) => (
            <li key={m.feature} className={styles.item}>
              {m.feature} needs {m.needs}.
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
