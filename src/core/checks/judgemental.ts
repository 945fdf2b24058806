import type { Finding } from "../model/types";
import { parseWith } from "../validation";
import { PhraseMatcher } from "../language/matcher";
import { PHRASES } from "../language/phrases";
import { PhraseEntrySchema, type PhraseEntry } from "../language/phrase-schema";
import { insideAny, quotedSpans } from "../language/quotes";
import { addressSpans, locate, overlapsAny, textUnits } from "./text-units";
import type { CheckContext, CheckOptions, RuleFamily } from "./types";

/**
 * language.judgemental: phrases from the catalogue (language/phrases.ts) found in the author's
 * text, paragraphs and table cells alike; guidance is never read. Words inside quotation marks are
 * the person's own words: at most "info", and the message says so.
 */
export const JUDGEMENTAL = "language.judgemental";

export interface CompiledPhrases {
  entries: PhraseEntry[];
  matcher: PhraseMatcher;
}

/** The catalogue as the options shape it: entries switched off or on, the agency's own added. */
export function compilePhrases(options: CheckOptions): CompiledPhrases {
  const off = new Set((options.disabledPhrases ?? []).map((s) => s.trim().toLowerCase()));
  const on = new Set(options.enabledPhrases ?? []);
  const extra: PhraseEntry[] = [];
  for (const input of options.extraPhrases ?? []) {
    const parsed = parseWith(PhraseEntrySchema, input);
    if (parsed.ok) extra.push(parsed.value); // invalid agency phrases are reported by validateCheckOptions()
  }
  const entries = [...PHRASES, ...extra]
    .filter((e) => (e.enabled || on.has(e.id)) && !off.has(e.id.toLowerCase()))
    .map((e) => {
      const phrases = e.phrases.filter((p) => !off.has(p.toLowerCase()));
      return phrases.length === e.phrases.length ? e : { ...e, phrases };
    })
    .filter((e) => e.phrases.length > 0);
  return { entries, matcher: new PhraseMatcher(entries) };
}

function capitaliseLike(suggestion: string, found: string): string {
  const first = found[0];
  const second = found[1];
  if (first && first !== first.toLowerCase() && second && second === second.toLowerCase()) {
    return suggestion[0].toUpperCase() + suggestion.slice(1);
  }
  return suggestion;
}

export function judgementalMessage(entry: PhraseEntry, text: string, quoted: boolean): string {
  const advice = entry.suggestions.length > 0 ? ` Consider: ${entry.suggestions.join("; ")}.` : "";
  if (quoted) {
    return `“${text}” is inside quotation marks, so it may be the person's own words: keep it only if the quotation matters and say who said it. Otherwise note that ${entry.note}.${advice}`;
  }
  return `“${text}”: ${entry.note}.${advice}`;
}

export const judgementalFamily: RuleFamily = {
  id: "judgemental",
  rules: [JUDGEMENTAL],
  blockScoped: true,
  run(ctx: CheckContext): Finding[] {
    const { entries, matcher } = ctx.shared("phrases", () => compilePhrases(ctx.options));
    const out: Finding[] = [];
    for (const block of ctx.blocks) {
      for (const unit of textUnits(block)) {
        const matches = matcher.find(unit.text);
        if (matches.length === 0) continue;
        const quotes = quotedSpans(unit.text);
        const addresses = addressSpans(unit.text);
        for (const m of matches) {
          if (addresses.length > 0 && overlapsAny(addresses, m.start, m.end)) continue;
          const entry = entries[m.entry];
          const text = unit.text.slice(m.start, m.end);
          const quoted = insideAny(quotes, m.start, m.end);
          const fixable = entry.fixable && !quoted && !unit.cell;
          const suggestions = entry.suggestions.map((s, i) =>
            i === 0 && fixable ? capitaliseLike(s, text) : s,
          );
          out.push({
            rule: JUDGEMENTAL,
            severity: quoted ? "info" : entry.severity,
            message: judgementalMessage(entry, text, quoted),
            text,
            location: locate(unit, m.start, m.end),
            ...(suggestions.length > 0 ? { suggestions } : {}),
            fixable,
          });
        }
      }
    }
    return out;
  },
};
