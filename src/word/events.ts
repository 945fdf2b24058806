import type { Capabilities } from "./gateway";

type RunWithObject = (
  object: unknown,
  batch: (context: Word.RequestContext) => Promise<void>,
) => Promise<void>;

/**
 * Call `listener` when the document may have changed. With WordApi 1.6: Word's paragraph
 * changed/added/deleted events (not every keystroke; they may miss rapid edits, so the caller
 * debounces and re-reads now and then). Without it: the document's selection-changed event, which
 * fires as the author types or moves the cursor. Returns an unsubscribe; calling it before the
 * registration has finished still removes the handlers once it does.
 */
export function onDocumentChanged(listener: () => void, caps: Capabilities): () => void {
  let stopped = false;
  let remove: (() => void) | undefined;
  const notify = () => {
    if (!stopped) listener();
  };

  const watchSelection = () => {
    if (stopped || typeof Office === "undefined") return;
    const handler = () => notify();
    Office.context.document.addHandlerAsync(
      Office.EventType.DocumentSelectionChanged,
      handler,
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return;
        remove = () =>
          Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, {
            handler,
          });
        if (stopped) remove();
      },
    );
  };

  if (caps.paragraphEvents) {
    const handler = async () => notify();
    Word.run(async (context) => {
      const document = context.document;
      const results = [
        document.onParagraphChanged.add(handler),
        document.onParagraphAdded.add(handler),
        document.onParagraphDeleted.add(handler),
      ];
      await context.sync();
      remove = () => {
        (Word.run as unknown as RunWithObject)(results[0].context, async (ctx) => {
          for (const r of results) r.remove();
          await ctx.sync();
        }).catch(() => undefined);
      };
      if (stopped) remove();
    }).catch(() => watchSelection());
  } else {
    watchSelection();
  }

  return () => {
    if (stopped) return;
    stopped = true;
    remove?.();
  };
}
