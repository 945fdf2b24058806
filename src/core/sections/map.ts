import type { Block, DocModel, ParagraphBlock } from "../model/types";
import { authorText } from "../model/text";
import type { Pack, Section } from "../packs/schema";
import { normaliseHeading, normaliseHeadingStem } from "./normalise";

/**
 * Maps a document's blocks onto a pack's sections.
 *
 * A section's heading is found tolerantly (see normalise.ts): by its title or one of its aliases,
 * numbered or not, in any case, with "&" or "and". A paragraph in a Heading style (headingLevel)
 * that matches is preferred. Documents made from an agency's own template often use bold Normal
 * paragraphs as headings, so a short paragraph (at most 12 words) that matches a title exactly
 * after normalisation counts too; where several do, one that stands in a run of three or more
 * such lines (a contents list) is passed over for one that does not.
 *
 * Each section then owns the blocks from its heading up to the next matched heading (of any
 * section). Headings the pack does not know (an author's own sub-headings) do not end a section:
 * what follows them stays in the section, which keeps "empty section" findings honest.
 *
 * Pure, and linear in the number of blocks: only short paragraphs are normalised.
 */

export interface SectionMatch {
  section: Section;
  /** Index of the section in pack.sections. */
  index: number;
  /** The heading block, when the section was found. */
  headingBlockId?: string;
  /** Position of the heading in model.blocks. */
  headingIndex?: number;
  /** Blocks [bodyStart, bodyEnd) are the section's own body (the heading is not included). */
  bodyStart: number;
  bodyEnd: number;
  /** Body including sub-sections: up to the next matched heading of the same or a higher level. */
  extendedEnd: number;
}

export interface SectionMap {
  /** One entry per pack section, in pack order. */
  sections: SectionMatch[];
  /** For each block position, the pack index of the section it falls in (heading included). */
  blockSection: (number | undefined)[];
  /** Block id -> position in model.blocks. */
  blockIndex: Map<string, number>;
}

const MAX_HEADING_CHARS = 160;
const MAX_PLAIN_HEADING_WORDS = 12;

interface Candidate {
  block: number;
  section: number;
  styled: boolean;
}

/** Keys (normalised title and aliases) -> section index, first section wins a shared key. */
export function sectionKeys(pack: Pack): Map<string, number> {
  const keys = new Map<string, number>();
  pack.sections.forEach((s, i) => {
    for (const t of [s.title, ...s.aliases]) {
      const k = normaliseHeading(t);
      if (k && !keys.has(k)) keys.set(k, i);
    }
  });
  return keys;
}

function headingCandidate(
  block: Block,
  keys: Map<string, number>,
): { section: number; styled: boolean } | undefined {
  if (block.kind !== "paragraph" || block.part === "header" || block.part === "footer")
    return undefined;
  if (block.text.length > MAX_HEADING_CHARS * 2) return undefined;
  const text = authorText(block as ParagraphBlock).trim();
  if (text.length === 0 || text.length > MAX_HEADING_CHARS) return undefined;
  const styled = block.headingLevel !== undefined;
  const key = normaliseHeading(text);
  let section = keys.get(key);
  if (section === undefined && styled) section = keys.get(normaliseHeadingStem(text));
  if (section === undefined) return undefined;
  if (!styled && text.split(/\s+/).length > MAX_PLAIN_HEADING_WORDS) return undefined;
  return { section, styled };
}

function isBlank(block: Block): boolean {
  return block.kind === "paragraph" && authorText(block).trim() === "";
}

export function mapSections(
  model: DocModel,
  pack: Pack,
  keys: Map<string, number> = sectionKeys(pack),
): SectionMap {
  const blocks = model.blocks;
  const blockIndex = new Map<string, number>();
  const candidates: Candidate[] = [];
  const candidateAt = new Map<number, Candidate>();
  blocks.forEach((b, i) => {
    blockIndex.set(b.id, i);
    const c = headingCandidate(b, keys);
    if (c) {
      const cand = { block: i, ...c };
      candidates.push(cand);
      candidateAt.set(i, cand);
    }
  });

  // Plain candidates standing in a run of 3+ candidate lines look like a contents list.
  const inRun = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) for (const r of run) inRun.add(r);
    run = [];
  };
  for (let i = 0; i < blocks.length; i++) {
    if (candidateAt.has(i)) run.push(i);
    else if (!isBlank(blocks[i])) flush();
  }
  flush();

  const chosen = new Map<number, number>(); // section index -> block position
  const bySection = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = bySection.get(c.section);
    if (list) list.push(c);
    else bySection.set(c.section, [c]);
  }
  for (const [section, list] of bySection) {
    const styled = list.find((c) => c.styled);
    const plain = list.filter((c) => !c.styled);
    const pick = styled ?? plain.find((c) => !inRun.has(c.block)) ?? plain[plain.length - 1];
    if (pick) chosen.set(section, pick.block);
  }

  const starts = [...chosen.entries()]
    .map(([section, block]) => ({ section, block }))
    .sort((a, b) => a.block - b.block);
  const blockSection: (number | undefined)[] = new Array(blocks.length).fill(undefined);
  const sections: SectionMatch[] = pack.sections.map((section, index) => ({
    section,
    index,
    bodyStart: 0,
    bodyEnd: 0,
    extendedEnd: 0,
  }));
  starts.forEach((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].block : blocks.length;
    for (let i = s.block; i < end; i++) {
      const b = blocks[i];
      if (b.part === "header" || b.part === "footer") continue;
      blockSection[i] = s.section;
    }
    const level = pack.sections[s.section].level;
    let extendedEnd = blocks.length;
    for (let j = k + 1; j < starts.length; j++) {
      if (pack.sections[starts[j].section].level <= level) {
        extendedEnd = starts[j].block;
        break;
      }
    }
    const m = sections[s.section];
    m.headingBlockId = blocks[s.block].id;
    m.headingIndex = s.block;
    m.bodyStart = s.block + 1;
    m.bodyEnd = end;
    m.extendedEnd = extendedEnd;
  });
  return { sections, blockSection, blockIndex };
}

/** The section a block falls in, if any. */
export function sectionOfBlock(map: SectionMap, pack: Pack, blockId: string): Section | undefined {
  const i = map.blockIndex.get(blockId);
  if (i === undefined) return undefined;
  const s = map.blockSection[i];
  return s === undefined ? undefined : pack.sections[s];
}
