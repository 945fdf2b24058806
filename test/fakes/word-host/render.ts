/**
 * host.renderHtml(): the document as an HTML fragment with inline styles, for the end-to-end
 * harness to show beside the task pane in screenshots. Headings as h1-h3, guidance in its own
 * colour and italics, content controls outlined with their title, the selection highlighted.
 */
import {
  compareAnchors,
  controlChain,
  type Container,
  type ContentControlState,
  type DocState,
  type Para,
  type Table,
} from "./model";
import { commentsHtml } from "./comments";

function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function selectionIn(
  doc: DocState,
  p: Para,
): { from: number; to: number; caret: boolean } | undefined {
  const { start, end } = doc.selection;
  if (!start.alive || !end.alive) return undefined;
  // A selection inside one paragraph touches no other (and comparing positions is O(n) each).
  if (start.para === end.para && start.para !== p) return undefined;
  const len = p.text.length;
  let from: number;
  let to: number;
  try {
    const startsBefore =
      start.para === p ? false : compareAnchors(start, { para: p, offset: 0 } as never) < 0;
    const endsAfter =
      end.para === p ? false : compareAnchors(end, { para: p, offset: len } as never) > 0;
    if (start.para !== p && !startsBefore) return undefined;
    if (end.para !== p && !endsAfter) return undefined;
    from = start.para === p ? start.offset : 0;
    to = end.para === p ? end.offset : len;
  } catch {
    return undefined;
  }
  return { from, to, caret: from === to && start.para === end.para };
}

function paragraphHtml(doc: DocState, p: Para): string {
  const sel = selectionIn(doc, p);
  const cuts = new Set<number>([0, p.text.length]);
  let at = 0;
  for (const r of p.runs) {
    cuts.add(at);
    at += r.text.length;
  }
  if (sel) {
    cuts.add(sel.from);
    cuts.add(sel.to);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i < points.length; i++) {
    const s = points[i];
    if (sel?.caret && sel.from === s)
      html +=
        '<span class="fw-caret" style="border-left:2px solid #0078d4;margin-left:-1px"></span>';
    const e = points[i + 1];
    if (e === undefined || e <= s) continue;
    const run = runAt(p, s);
    const text = esc(p.text.slice(s, e));
    const style = [
      `color:${run.color}`,
      run.italic ? "font-style:italic" : "",
      run.bold ? "font-weight:bold" : "",
      run.highlightColor ? `background:${run.highlightColor}` : "",
    ]
      .filter(Boolean)
      .join(";");
    const inSel = sel && !sel.caret && s >= sel.from && e <= sel.to;
    const span = `<span style="${style}">${text}</span>`;
    html += inSel ? `<mark class="fw-selection" style="background:#b4d7ff">${span}</mark>` : span;
  }
  if (p.text.length === 0) html += "&#8203;";
  const tag = tagFor(p.style);
  const bullet = p.style === "List Paragraph" ? "&bull;&nbsp;" : "";
  return `<${tag} class="fw-p" data-style="${esc(p.style)}" style="margin:0.25em 0">${bullet}${html}</${tag}>`;
}

function runAt(p: Para, offset: number) {
  let at = 0;
  for (const r of p.runs) {
    if (offset >= at && offset < at + r.text.length) return r.font;
    at += r.text.length;
  }
  return p.mark;
}

function tagFor(style: string): string {
  const m = /^Heading ([1-6])$/.exec(style);
  if (m) return `h${m[1]}`;
  if (style === "Title") return "h1";
  return "p";
}

function controlOpen(cc: ContentControlState): string {
  return (
    `<div class="fw-cc" data-tag="${esc(cc.tag)}" style="outline:1px dashed ${cc.color === "#000000" ? "#888" : cc.color};` +
    `margin:4px 0;padding:2px 4px;position:relative">` +
    (cc.title
      ? `<div class="fw-cc-title" style="font:10px sans-serif;color:#555">${esc(cc.title)}</div>`
      : "")
  );
}

function containerHtml(doc: DocState, c: Container): string {
  let html = "";
  const open: ContentControlState[] = [];
  const closeTo = (n: number) => {
    while (open.length > n) {
      html += "</div>";
      open.pop();
    }
  };
  for (const b of c.blocks) {
    if (b.kind === "table") {
      closeTo(0);
      html += tableHtml(doc, b);
      continue;
    }
    const chain = controlChain(b);
    let same = 0;
    while (same < open.length && same < chain.length && open[same] === chain[same]) same++;
    closeTo(same);
    for (const cc of chain.slice(same)) {
      html += controlOpen(cc);
      open.push(cc);
    }
    html += paragraphHtml(doc, b);
  }
  closeTo(0);
  return html;
}

function tableHtml(doc: DocState, t: Table): string {
  const rows = t.rows
    .map((row, r) => {
      const cells = row
        .map((cell) => {
          const tag = r < t.headerRowCount ? "th" : "td";
          return `<${tag} style="border:1px solid #999;padding:2px 4px;vertical-align:top;text-align:left">${containerHtml(doc, cell.container)}</${tag}>`;
        })
        .join("");
      return `<tr>${cells}</tr>`;
    })
    .join("");
  return `<table class="fw-table" style="border-collapse:collapse;margin:6px 0;width:100%"><tbody>${rows}</tbody></table>`;
}

export function renderHtml(doc: DocState): string {
  const band = (c: Container, label: string) => {
    const text = c.blocks.some((b) => b.kind === "table" || b.text.length > 0);
    if (!text) return "";
    return `<div class="fw-${label}" style="border-bottom:1px solid #ddd;color:#444;font-size:90%;margin-bottom:8px">${containerHtml(doc, c)}</div>`;
  };
  return (
    `<div class="fake-word-document" style="font-family:Calibri,Arial,sans-serif;font-size:11pt;background:#fff;color:#000;padding:16px">` +
    band(doc.header, "header") +
    `<div class="fw-body">${containerHtml(doc, doc.body)}</div>` +
    band(doc.footer, "footer") +
    commentsHtml(doc) +
    `</div>`
  );
}
