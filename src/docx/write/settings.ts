import { NS } from "../xml";

/** word/settings.xml: Word 2013+ compatibility mode, UK English, a 1.27 cm default tab. */
export function settingsXml(): string {
  return (
    `<w:settings xmlns:w="${NS.w}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
    `<w:characterSpacingControl w:val="doNotCompress"/>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
    `<w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>`
  );
}
