/**
 * Custom XML parts (WordApi 1.4): where state that must travel with the file lives (QA record,
 * people register, ignored findings, review period). One part per namespace.
 */

/** The XML of the part with this namespace, or undefined when the document has none. */
export async function readCustomXml(namespace: string): Promise<string | undefined> {
  return Word.run(async (context) => {
    const parts = context.document.customXmlParts.getByNamespace(namespace).load("items/id");
    await context.sync();
    if (parts.items.length === 0) return undefined;
    const xml = parts.items[0].getXml();
    await context.sync();
    // A ClientResult is filled by sync(); it has no load() (the rule cannot tell).
    // eslint-disable-next-line office-addins/load-object-before-read
    return xml.value;
  });
}

/** Create or replace the part with this namespace (any duplicates are removed), in one batch. */
export async function writeCustomXml(namespace: string, xml: string): Promise<void> {
  await Word.run(async (context) => {
    const parts = context.document.customXmlParts.getByNamespace(namespace).load("items/id");
    await context.sync();
    const [first, ...extra] = parts.items;
    if (first) first.setXml(xml);
    else context.document.customXmlParts.add(xml);
    for (const part of extra) part.delete();
    await context.sync();
  });
}
