import type { Finding, Span } from "../model/types";
import type { Pack } from "../packs/schema";
import { locate, textUnits } from "./text-units";
import type { CheckContext, RuleFamily } from "./types";

/**
 * structure.placeholder: template prompts left in the author's text.
 *  - bracketed prompts: "[Insert the Terms of Reference here]", "<Enter date>", and any bracketed
 *    text equal to one of the pack's placeholders; "(insert adults initials ...)" in brackets;
 *  - an unbracketed "Insert ... here" standing at the start of a paragraph or cell;
 *  - the pack's cover hints and table examples standing as ordinary text (not guidance);
 *  - "dd/mm/yyyy" left as a date.
 * Editorial brackets ("[sic]", "[Adult A]", "[1]") are not prompts.
 */
export const PLACEHOLDER = "structure.placeholder";

const PROMPT_START =
  /^\s*(?:insert|add|enter|type|write|name of|date of|describe|complete|provide|list|summarise|summarize|state|give|include|select|choose|delete|detail|outline|explain|specify|agency name|name and designation|tbc|to be confirmed|x{2,}|placeholder|your |click|fill in|please (?:insert|add|enter|complete|state|provide))/i;
const BRACKETED = /\[([^\[\]\n]{2,240})\]|<([^<>\n]{2,240})>/g;
const PARENTHESISED = /\(((?:insert|enter|add|type)\b[^()\n]{2,200})\)/gi;
const INSERT_HERE = /^\s*((?:insert|enter|type|add)\b[^.\n[\]<>]{1,140}?\bhere)\b/i;
const DATE_PROMPT = /\b(?:dd|DD)\/(?:mm|MM)\/(?:yyyy|YYYY|yy|YY)\b/g;

export interface PromptIndex {
  placeholders: Set<string>;
  hints: string[];
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function promptIndex(pack: Pack): PromptIndex {
  const placeholders = new Set(pack.sections.flatMap((s) => s.placeholders.map(norm)));
  const hints = new Set<string>();
  for (const f of pack.cover.fields) if (f.hint) hints.add(f.hint.trim());
  for (const spec of [pack.chronology, pack.actionPlan, pack.professionals, pack.keyToInitials]) {
    for (const c of spec?.columns ?? []) if (c.example) hints.add(c.example.trim());
  }
  // Short or letter-less hints ("01/01/2012") would match real entries.
  return { placeholders, hints: [...hints].filter((h) => h.length >= 15 && /\p{L}{3}/u.test(h)) };
}

/** Prompts in a piece of text, as spans of it. */
export function findPrompts(text: string, index: PromptIndex): Span[] {
  const spans: Span[] = [];
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    const inner = m[1] ?? m[2];
    if (PROMPT_START.test(inner) || index.placeholders.has(norm(inner)))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  PARENTHESISED.lastIndex = 0;
  for (let m = PARENTHESISED.exec(text); m; m = PARENTHESISED.exec(text))
    spans.push({ start: m.index, end: m.index + m[0].length });
  const ih = INSERT_HERE.exec(text);
  if (ih) {
    const start = ih.index + ih[0].indexOf(ih[1]);
    spans.push({ start, end: start + ih[1].length });
  }
  if (text.indexOf("/") >= 0) {
    DATE_PROMPT.lastIndex = 0;
    for (let m = DATE_PROMPT.exec(text); m; m = DATE_PROMPT.exec(text))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const hint of index.hints) {
    const at = text.indexOf(hint);
    if (at >= 0) spans.push({ start: at, end: at + hint.length });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) if (!out.some((o) => o.start < s.end && s.start < o.end)) out.push(s);
  return out;
}

/** The text with its prompts taken out: what is left is the author's own. */
export function withoutPrompts(text: string, index: PromptIndex): string {
  const spans = findPrompts(text, index);
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

export const placeholderFamily: RuleFamily = {
  id: "placeholders",
  rules: [PLACEHOLDER],
  blockScoped: true,
  run(ctx: CheckContext): Finding[] {
    const index = ctx.shared("prompts", () => promptIndex(ctx.pack));
    const out: Finding[] = [];
    for (const block of ctx.blocks) {
      for (const unit of textUnits(block)) {
        for (const s of findPrompts(unit.text, index)) {
          const text = unit.text.slice(s.start, s.end);
          out.push({
            rule: PLACEHOLDER,
            severity: "error",
            message: `A template prompt is still in the report: “${text}”. Replace it with your own text, or delete it.`,
            text,
            location: locate(unit, s.start, s.end),
          });
        }
      }
    }
    return out;
  },
};
