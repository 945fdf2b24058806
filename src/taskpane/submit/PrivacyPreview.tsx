import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { MessageText } from "../components/MessageText";
import type { PrivacyItems } from "./privacy";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  context: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The removal preview's privacy items: the key, comments, tracked changes, hidden names. */
export function PrivacyPreview({ items }: { items: PrivacyItems }) {
  const styles = useStyles();
  const leftOut: string[] = [];
  if (items.hasKey && items.keyLeftOut > 0)
    leftOut.push(`the key to initials (${plural(items.keyLeftOut, "person", "people")})`);
  if (items.commentsLeftOut > 0) leftOut.push(plural(items.commentsLeftOut, "comment"));
  return (
    <>
      {items.trackedChanges && (
        <MessageBar intent="error" layout="multiline" data-testid="submit-tracked-changes">
          <MessageBarBody>
            <MessageBarTitle>Tracked changes</MessageBarTitle>
            <MessageText>
              {items.trackedChanges} Deleted text stays in the file, real names included, until each
              change is accepted or rejected.
            </MessageText>
          </MessageBarBody>
        </MessageBar>
      )}
      {items.names.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="submit-hidden-names">
          <MessageBarBody>
            <MessageBarTitle>
              {items.names.length === 1
                ? "A real name is in a place a reader doesn't see"
                : `${items.names.length} real names are in places a reader doesn't see`}
            </MessageBarTitle>
            <MessageText>
              The clean copy would keep {items.names.length === 1 ? "it" : "them"}: anonymise{" "}
              {items.names.length === 1 ? "it" : "them"} in your draft.
            </MessageText>
            <ul className={styles.list}>
              {items.names.map(({ name, where }, i) => (
                <li key={i}>
                  <Text size={200}>
                    &ldquo;{name.name}&rdquo;{name.code ? ` (${name.code})` : ""} in {where}
                  </Text>
                  <br />
                  <Text size={200} className={styles.context}>
                    {name.context}
                  </Text>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {leftOut.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="submit-left-out">
          <MessageBarBody>
            <MessageBarTitle>Also left out of the clean copy</MessageBarTitle>
            <ul className={styles.list}>
              {leftOut.map((t) => (
                <li key={t}>
                  <Text size={200}>{t[0].toUpperCase() + t.slice(1)}</Text>
                </li>
              ))}
            </ul>
            <MessageText>
              Your draft keeps them. You can keep them in the copy under &ldquo;3. Submit&rdquo;.
            </MessageText>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
