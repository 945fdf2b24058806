import type { Span } from "../../core/model/types";

/**
 * Builds one paragraph's text from pieces (no repeated string concatenation) and records which
 * ranges are guidance, and which are red but not italic (ambiguous: maybe guidance).
 */
export class ParagraphText {
  private readonly pieces: string[] = [];
  private length = 0;
  private joined: string | undefined;
  readonly guidance: Span[] = [];
  readonly ambiguous: Span[] = [];

  add(text: string, kind: "text" | "guidance" | "ambiguous"): void {
    if (text === "") return;
    const start = this.length;
    this.joined = undefined;
    this.pieces.push(text);
    this.length += text.length;
    if (kind === "text") return;
    const spans = kind === "guidance" ? this.guidance : this.ambiguous;
    const last = spans[spans.length - 1];
    if (last && last.end === start) last.end = this.length;
    else spans.push({ start, end: this.length });
  }

  text(): string {
    return (this.joined ??= this.pieces.length === 1 ? this.pieces[0] : this.pieces.join(""));
  }

  /** True when every non-space character is guidance and there is some guidance. */
  whollyGuidance(): boolean {
    if (this.guidance.length === 0) return false;
    const text = this.text();
    let at = 0;
    for (const s of this.guidance) {
      if (text.slice(at, s.start).trim() !== "") return false;
      at = s.end;
    }
    return text.slice(at).trim() === "";
  }
}
