import type { Finding } from "../model/types";
import { SECTION_LABELS } from "./types";
import { locate, textUnits, type TextUnit } from "./text-units";
import type { CheckContext, RuleFamily } from "./types";

/**
 * marking.missing: the protective marking must stand in a page header, or in one of the first
 * few body blocks (documents whose reader gives no header).
 *  - the pack's marking ("OFFICIAL-SENSITIVE"; "OFFICIAL SENSITIVE", any case, is accepted): fine;
 *  - only an obsolete marking ("RESTRICTED", written in capitals or standing alone): warning;
 *  - only "OFFICIAL" where the pack asks for a stronger marking: warning;
 *  - nothing: error (document-level, text = the pack's marking).
 */
export const MARKING = "marking.missing";

/** How many body blocks from the top are searched when no header holds the marking. */
export const MARKING_BODY_BLOCKS = 5;

function loosePattern(marking: string): RegExp {
  const words = marking
    .trim()
    .split(/[\s\u00a0\-‐‑–—_]+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${words.join("[\\s\\u00a0\\-‐‑–—_]+")}(?![\\p{L}\\p{N}])`,
    "iu",
  );
}

interface Hit {
  unit: TextUnit;
  start: number;
  end: number;
}

function findIn(
  units: readonly TextUnit[],
  re: RegExp,
  accept: (unit: TextUnit, text: string) => boolean = () => true,
): Hit | undefined {
  for (const unit of units) {
    const m = re.exec(unit.text);
    if (m && accept(unit, m[0])) return { unit, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

export const markingFamily: RuleFamily = {
  id: "marking",
  rules: [MARKING],
  run(ctx: CheckContext): Finding[] {
    const pack = ctx.pack;
    const marking = pack.protectiveMarking.default;
    const blocks = ctx.model.blocks;
    const units: TextUnit[] = [];
    let body = 0;
    for (const b of blocks) {
      if (b.part === "header") units.push(...textUnits(b));
      else if (b.part !== "footer" && body < MARKING_BODY_BLOCKS) {
        body++;
        units.push(...textUnits(b));
      }
    }
    const right = loosePattern(marking);
    if (findIn(units, right)) return [];

    const standsAlone = (unit: TextUnit) => unit.text.trim().split(/\s+/).length <= 6;
    for (const old of pack.protectiveMarking.obsolete) {
      const hit = findIn(
        units,
        loosePattern(old),
        (unit, text) => text === text.toUpperCase() || standsAlone(unit),
      );
      if (hit) {
        const text = hit.unit.text.slice(hit.start, hit.end);
        return [
          {
            rule: MARKING,
            severity: "warning",
            message: `“${text}” is an old protective marking that is no longer used: mark the report “${marking}” instead (Government Security Classifications).`,
            text,
            location: locate(hit.unit, hit.start, hit.end),
            suggestions: [marking],
            fixable: !hit.unit.cell,
          },
        ];
      }
    }
    if (!/^official$/i.test(marking.trim())) {
      const hit = findIn(units, /(?<![\p{L}\p{N}])OFFICIAL(?![\p{L}\p{N}])/u);
      if (hit) {
        const text = hit.unit.text.slice(hit.start, hit.end);
        return [
          {
            rule: MARKING,
            severity: "warning",
            message: `The report is marked “${text}”, but this template's reports are marked “${marking}”: check the marking with your information governance lead.`,
            text,
            location: locate(hit.unit, hit.start, hit.end),
            suggestions: [marking],
          },
        ];
      }
    }
    return [
      {
        rule: MARKING,
        severity: "error",
        message: `The report has no protective marking: put “${marking}” in the page header so everyone who handles it knows how to protect it.`,
        text: marking,
        section: SECTION_LABELS.headerFooter,
        suggestions: [marking],
      },
    ];
  },
};
