import type { Finding } from "../model/types";
import { countWords, firstWords, sentenceSpans } from "../language/sentences";
import { inHeaderOrFooter, locate, paragraphUnits } from "./text-units";
import type { CheckContext, RuleFamily } from "./types";

/** language.long-sentence: a sentence over options.maxSentenceWords (default 40). Paragraphs only. */
export const LONG_SENTENCE = "language.long-sentence";
export const DEFAULT_MAX_SENTENCE_WORDS = 40;

/** How many of a long sentence's first words a finding quotes. */
const QUOTED_WORDS = 8;

export const longSentenceFamily: RuleFamily = {
  id: "long-sentence",
  rules: [LONG_SENTENCE],
  blockScoped: true,
  run(ctx: CheckContext): Finding[] {
    const limit = Math.max(
      1,
      Math.floor(ctx.options.maxSentenceWords ?? DEFAULT_MAX_SENTENCE_WORDS),
    );
    const out: Finding[] = [];
    for (const block of ctx.blocks) {
      if (block.kind !== "paragraph" || block.headingLevel !== undefined || inHeaderOrFooter(block))
        continue;
      for (const unit of paragraphUnits(block)) {
        // Most paragraphs are shorter than the limit: skip them without splitting.
        if (unit.text.length <= limit * 2) continue;
        for (const s of sentenceSpans(unit.text)) {
          const sentence = unit.text.slice(s.start, s.end);
          const words = countWords(sentence);
          if (words <= limit) continue;
          const text = firstWords(sentence, QUOTED_WORDS);
          out.push({
            rule: LONG_SENTENCE,
            severity: "info",
            message: `This sentence has ${words} words (more than ${limit}): long sentences are hard to follow in a published report. Consider splitting it.`,
            text,
            location: locate(unit, s.start, s.start + text.length),
          });
        }
      }
    }
    return out;
  },
};
