/* eslint-disable @typescript-eslint/no-explicit-any -- this file emulates an untyped remote API */
/**
 * Comments (WordApi 1.4), as far as the add-in uses them:
 * - `Range.insertComment(text)` puts a comment on the range and returns the Comment;
 * - `Body.getComments()` / `Range.getComments()` list the comments on (overlapping) the range;
 * - a Comment has `id`, `content` (read and write), `authorName`, `authorEmail`, `creationDate`,
 *   `resolved` (read and write), `getRange()` and `delete()`.
 * Replies, `contentRange`, comment events and the add-in setting the author are not modelled
 * (Word takes the author from the signed-in account: here "Fake Word User"). A comment needs text
 * to hang on: a comment on an empty range (a caret) is not modelled, since Word's choice of the
 * word to put it on is not documented. A comment whose text is deleted goes with it, as in Word.
 */
import { notModelled, officeError } from "./errors";
import { Anchor, compareAnchors, rangeText, type DocState, type RangeState } from "./model";
import {
  ClientObject,
  CollectionProxy,
  RangeProxy,
  defineProps,
  extensions,
  itemOf,
  wrap,
} from "./proxies";

export interface CommentState {
  id: string;
  content: string;
  authorName: string;
  authorEmail: string;
  creationDate: Date;
  resolved: boolean;
  deleted: boolean;
  /** Live: it follows edits before it, as a Word range does. */
  range: RangeState;
}

/** A plain snapshot of a comment, for assertions (host.comments()). */
export interface CommentSnapshot {
  id: string;
  content: string;
  authorName: string;
  resolved: boolean;
  /** The text the comment is on. */
  text: string;
}

export const FAKE_COMMENT_AUTHOR = "Fake Word User";

/** Comments still in the document: not deleted, and their text not deleted either. */
export function liveComments(doc: DocState): CommentState[] {
  return doc.comments.filter((c) => !c.deleted && c.range.start.alive && c.range.end.alive);
}

function overlaps(a: RangeState, b: RangeState): boolean {
  try {
    return compareAnchors(a.start, b.end) <= 0 && compareAnchors(b.start, a.end) <= 0;
  } catch {
    return false; // different stories
  }
}

function checkContent(text: unknown, what: string): string {
  if (typeof text !== "string")
    throw officeError("InvalidArgument", `FakeWord: ${what} takes a string`);
  if (text.trim() === "") throw officeError("InvalidArgument", `FakeWord: ${what} needs text`);
  if (/[\r\n]/.test(text)) throw notModelled(`${what} with line breaks`);
  return text;
}

function addComment(doc: DocState, range: RangeState, text: string): CommentState {
  if (rangeText(range) === "") throw notModelled("a comment on an empty range (a caret)");
  const comment: CommentState = {
    id: `{FAKE-COMMENT-${doc.comments.length + 1}}`,
    content: text,
    authorName: FAKE_COMMENT_AUTHOR,
    authorEmail: "",
    creationDate: new Date(),
    resolved: false,
    deleted: false,
    range: {
      start: new Anchor(range.start.para, range.start.offset),
      end: new Anchor(range.end.para, range.end.offset),
    },
  };
  doc.comments.push(comment);
  return comment;
}

class CommentProxy extends ClientObject {
  readonly _type = "Comment";
  getRange(): any {
    return this._make(
      wrap(
        new RangeProxy(this._ctx, () => {
          const c = this._live() as CommentState;
          return {
            start: new Anchor(c.range.start.para, c.range.start.offset),
            end: new Anchor(c.range.end.para, c.range.end.offset),
          };
        }),
        "Range",
      ),
    );
  }
  delete(): void {
    this._q(() => {
      (this._live() as CommentState).deleted = true;
    });
  }
  reply(): any {
    throw notModelled("Comment.reply");
  }
}
defineProps(CommentProxy, {
  id: { api: "1.4", get: (c: CommentState) => c.id },
  content: {
    api: "1.4",
    get: (c: CommentState) => c.content,
    set: (c: CommentState, v: unknown) => {
      c.content = checkContent(v, "Comment.content");
    },
  },
  authorName: { api: "1.4", get: (c: CommentState) => c.authorName },
  authorEmail: { api: "1.4", get: (c: CommentState) => c.authorEmail },
  creationDate: { api: "1.4", get: (c: CommentState) => new Date(c.creationDate.getTime()) },
  resolved: {
    api: "1.4",
    get: (c: CommentState) => c.resolved,
    set: (c: CommentState, v: unknown) => {
      if (typeof v !== "boolean")
        throw officeError("InvalidArgument", "FakeWord: Comment.resolved must be true or false");
      c.resolved = v;
    },
  },
});

class CommentCollectionProxy extends CollectionProxy {
  readonly _type = "CommentCollection";
  _makeItem(t: any): any {
    return itemOf((r, n) => wrap(new CommentProxy(this._ctx, r, n), "Comment"))(t);
  }
}
defineProps(CommentCollectionProxy, {});

extensions.insertComment = (range: ClientObject, text: unknown) => {
  const content = checkContent(text, "Range.insertComment");
  return range._make(
    wrap(
      new CommentProxy(range._ctx, () => {
        range._api("1.4", "insertComment");
        return addComment(range._doc, range._live() as RangeState, content);
      }),
      "Comment",
    ),
  );
};

extensions.getComments = (owner: ClientObject, rangeOf: () => RangeState) =>
  wrap(
    new CommentCollectionProxy(owner._ctx, () => {
      owner._api("1.4", "getComments");
      const range = rangeOf();
      return liveComments(owner._doc).filter((c) => overlaps(c.range, range));
    }),
    "CommentCollection",
  );

/** Snapshots of the comments in the document, in the order they were added. */
export function commentSnapshots(doc: DocState): CommentSnapshot[] {
  return liveComments(doc).map((c) => ({
    id: c.id,
    content: c.content,
    authorName: c.authorName,
    resolved: c.resolved,
    text: rangeText(c.range),
  }));
}

function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The comments as Word's comments pane shows them, for the harness (empty when there are none). */
export function commentsHtml(doc: DocState): string {
  const list = commentSnapshots(doc);
  if (list.length === 0) return "";
  const items = list
    .map(
      (c) =>
        `<li class="fw-comment" data-id="${esc(c.id)}" style="margin:4px 0;padding:4px 6px;background:#fff8d6;border-left:3px solid #c19c00">` +
        `<div style="font-size:85%;color:#444">${esc(c.authorName)} on “${esc(c.text.length > 60 ? `${c.text.slice(0, 59)}…` : c.text)}”</div>` +
        `<div>${esc(c.content)}</div></li>`,
    )
    .join("");
  return `<div class="fw-comments" style="border-top:1px solid #ddd;margin-top:12px;padding-top:6px"><div style="font:bold 10pt sans-serif;color:#444">Comments</div><ul style="list-style:none;margin:0;padding:0">${items}</ul></div>`;
}
