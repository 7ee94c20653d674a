// Block structure of a Markdown draft, read line by line (CommonMark, simplified and conservative):
// marks what is code or block markup, and finds the block starts and the ranges holding inline
// content, which the inline passes then scan.
import type { Span } from '../model';
import { Finder } from '../text/finder';
import { frontMatterEnd } from './frontMatter';
import { CODE, COMMENT, STRUCTURE, type Marks } from './marks';

/** What the block pass finds besides the marks it writes. */
export interface BlockScan {
  /** Line starts where a block begins without a blank line before it (list items, table rows…), in order. */
  readonly blockStarts: number[];
  /** Ranges holding inline content: paragraphs, list items, table rows, headings; in order. */
  readonly inlineRegions: Span[];
  /** Normalised labels of reference definitions `[label]: url`. */
  readonly refLabels: Set<string>;
  /** Heading ranges (ATX lines, setext paragraphs with their underline), blanked after the inline passes. */
  readonly headings: Span[];
}

/** Reads the blocks of `text`, writing CODE, COMMENT and STRUCTURE into `marks`. */
export function scanBlocks(text: string, marks: Marks): BlockScan {
  return new BlockScanner(text, marks).run();
}

/** A label as CommonMark compares them: case-folded, inner whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

type Prev = 'start' | 'blank' | 'para' | 'other';

interface Line {
  readonly start: number;
  /** First character after quote markers and indentation. */
  readonly first: number;
  /** End of content, before the line break. */
  readonly end: number;
  readonly next: number;
}

const ATX = /#{1,6}(?=[ \t]|$)/my;
const SETEXT_EQ = /=+[ \t]*$/my;
const SETEXT_DASH = /-+[ \t]*$/my;
const THEMATIC = /([-*_])[ \t]*(?:\1[ \t]*){2,}$/my;
const TABLE_DELIMITER = /\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/my;
const REF_DEF = /\[([^\]\r\n]{1,999})\]:[ \t]*\S/y;
const FOOTNOTE_DEF = /\[\^[^\]\s]{1,99}\]:/y;
const BULLET = /[-+*](?:[ \t]+|$)/my;
const ORDERED = /(\d{1,9})[.)](?:[ \t]+|$)/my;
const TASK_BOX = /\[[ xX]\][ \t]+/y;
const RAW_HTML_OPEN = /<(?:script|pre|style|textarea)(?=[\s>]|$)/imy;
const RAW_HTML_CLOSE = /<\/(?:script|pre|style|textarea)>/gi;

function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

class BlockScanner {
  private readonly out: BlockScan = { blockStarts: [], inlineRegions: [], refLabels: new Set(), headings: [] };
  private readonly n: number;
  private readonly breaks: Finder;
  private fence: { ch: number; len: number } | undefined;
  private indentedCode = false;
  private inList = false;
  private table = false;
  private prev: Prev = 'start';
  /** The current paragraph is a list item, footnote or table row: no setext heading can end it. */
  private paraIsItem = false;
  private paraStart = 0;
  private quoteDepth = 0;
  private prevLine: Line | undefined;
  private current: Line | undefined;
  private prevLineEndBefore = -1; // content end of the line before prevLine
  // Once a search for a closer failed, later openers cannot find one either: remember it.
  private noCommentCloseFrom = Infinity;
  private noRawCloseFrom = Infinity;

  constructor(private readonly text: string, private readonly marks: Marks) {
    this.n = text.length;
    this.breaks = new Finder(/[\r\n]/g, text);
  }

  run(): BlockScan {
    let pos = frontMatterEnd(this.text);
    this.marks.fill(CODE, 0, pos);
    while (pos < this.n) {
      const next = this.line(this.readLine(pos));
      this.prevLineEndBefore = this.prevLine ? this.prevLine.end : -1;
      this.prevLine = this.current;
      pos = next;
    }
    return this.out;
  }

  private readLine(start: number): Line {
    const t = this.text;
    const end = this.breaks.next(start);
    const next = end < this.n && t.charCodeAt(end) === 13 && t.charCodeAt(end + 1) === 10 ? end + 2 : Math.min(end + 1, this.n);
    return { start, first: start, end, next };
  }

  /** Handles one line; returns where the next line starts (a comment block may consume several). */
  private line(raw: Line): number {
    const t = this.text;
    const { contentStart, depth } = this.quotePrefix(raw.start, raw.end);
    let first = contentStart;
    let indent = 0;
    while (first < raw.end) {
      const c = t.charCodeAt(first);
      if (c === 32) indent++;
      else if (c === 9) indent += 4 - (indent % 4);
      else break;
      first++;
    }
    const line: Line = { ...raw, first };
    this.current = line;
    const blank = first === raw.end;

    if (this.fence) {
      this.markLine(line, CODE);
      if (!blank && this.closesFence(first, raw.end)) this.fence = undefined;
      return raw.next;
    }
    if (this.indentedCode) {
      if (blank) return raw.next;
      if (indent >= 4) {
        this.markLine(line, CODE);
        return raw.next;
      }
      this.indentedCode = false;
    }
    this.markQuotePrefix(raw.start, contentStart);
    if (blank) {
      this.prev = 'blank';
      this.table = false;
      return raw.next;
    }
    const afterGap = this.prev === 'blank' || this.prev === 'start';
    if (indent >= 4 && afterGap && !this.inList) {
      this.indentedCode = true;
      this.markLine(line, CODE);
      this.prev = 'other';
      return raw.next;
    }
    const prevDepth = this.quoteDepth;
    this.quoteDepth = depth;
    if (indent <= 3 && t.startsWith('<!--', first)) return this.commentBlock(line);
    if (indent <= 3 && stickyMatch(RAW_HTML_OPEN, t, first)) return this.rawHtmlBlock(line);
    // Fences in list items sit deeper than 3 columns; elsewhere such a line is code or paragraph text.
    if ((indent <= 3 || this.inList) && this.opensFence(first, raw.end)) {
      this.markLine(line, CODE);
      this.prev = 'other';
      return raw.next;
    }
    if (indent <= 3 && this.leafBlock(line)) return raw.next;
    if (this.table) {
      if (this.hasPipe(first, raw.end)) {
        this.tableRow(line);
        return raw.next;
      }
      this.table = false;
      this.prev = 'other';
    }
    if (this.listItem(line)) return raw.next;
    this.paragraphLine(line, indent, depth > prevDepth);
    return raw.next;
  }

  /** Headings, rules, setext underlines, table delimiters, definitions. True when the line was one. */
  private leafBlock(line: Line): boolean {
    const t = this.text;
    const { first, end } = line;
    const c = t.charCodeAt(first);
    if (c === 35 /* # */ && stickyMatch(ATX, t, first)) {
      this.out.headings.push({ start: first, end });
      this.out.inlineRegions.push({ start: first, end });
      this.prev = 'other';
      return true;
    }
    const continuesPara = this.prev === 'para' && !this.paraIsItem && !this.table;
    if (continuesPara && (stickyMatch(SETEXT_EQ, t, first) || stickyMatch(SETEXT_DASH, t, first))) {
      this.out.headings.push({ start: this.paraStart, end });
      this.prev = 'other';
      return true;
    }
    if ((c === 45 || c === 42 || c === 95) && stickyMatch(THEMATIC, t, first)) {
      this.markLine(line, STRUCTURE);
      this.prev = 'other';
      return true;
    }
    const header = this.prevLine;
    if (
      this.prev === 'para' && !this.table && header && this.hasPipe(first, end) &&
      this.hasPipe(header.first, header.end) && stickyMatch(TABLE_DELIMITER, t, first)
    ) {
      this.tableStart(header, line);
      return true;
    }
    if (c === 91 /* [ */) {
      const foot = stickyMatch(FOOTNOTE_DEF, t, first);
      if (foot) {
        this.marks.fill(STRUCTURE, first, first + foot[0].length);
        this.startRegion(line.start, first + foot[0].length, end);
        this.inList = true; // its continuation paragraphs are indented, not code
        this.paraIsItem = true;
        return true;
      }
      const ref = this.prev !== 'para' ? stickyMatch(REF_DEF, t, first) : null;
      if (ref && ref[1].charCodeAt(0) !== 94 /* ^ */) {
        this.out.refLabels.add(normalizeLabel(ref[1]));
        this.marks.fill(STRUCTURE, first, end);
        this.prev = 'other';
        return true;
      }
    }
    return false;
  }

  private listItem(line: Line): boolean {
    const t = this.text;
    const { first, end } = line;
    const c = t.charCodeAt(first);
    let m: RegExpExecArray | null = null;
    let ordered = false;
    if (c === 45 || c === 43 || c === 42) m = stickyMatch(BULLET, t, first);
    else if (c >= 48 && c <= 57) {
      m = stickyMatch(ORDERED, t, first);
      ordered = m !== null;
    }
    if (!m) return false;
    let contentStart = first + m[0].length;
    const empty = contentStart >= end;
    // CommonMark: a list interrupting a paragraph must start with a non-empty item, numbered 1 if
    // ordered, so a wrapped line starting "2023. The" stays in its paragraph.
    if (this.prev === 'para' && !this.inList && (empty || (ordered && Number(m[1]) !== 1))) return false;
    const box = stickyMatch(TASK_BOX, t, contentStart);
    if (box) contentStart += box[0].length;
    this.marks.fill(STRUCTURE, first, contentStart);
    this.inList = true;
    if (empty) {
      this.out.blockStarts.push(line.start);
      this.prev = 'other';
    } else {
      this.startRegion(line.start, contentStart, end);
      this.paraIsItem = true;
    }
    return true;
  }

  private paragraphLine(line: Line, indent: number, quoteDeepened: boolean): void {
    if (this.prev === 'para' && !quoteDeepened) {
      const regions = this.out.inlineRegions;
      const last = regions[regions.length - 1];
      regions[regions.length - 1] = { start: last.start, end: line.end };
      return;
    }
    if (indent < 2) this.inList = false;
    this.startRegion(line.start, line.first, line.end);
    this.paraIsItem = false;
  }

  private startRegion(lineStart: number, start: number, end: number): void {
    this.out.blockStarts.push(lineStart);
    this.out.inlineRegions.push({ start, end });
    this.paraStart = lineStart;
    this.prev = 'para';
  }

  private tableStart(header: Line, delimiter: Line): void {
    const regions = this.out.inlineRegions;
    const last = regions[regions.length - 1];
    if (last.start < header.first) {
      // The header row was a paragraph's last line: split it off as its own block.
      regions[regions.length - 1] = { start: last.start, end: this.prevLineEndBefore };
      this.out.blockStarts.push(header.start);
      regions.push({ start: header.first, end: header.end });
    }
    this.markPipes(header.first, header.end);
    this.markLine(delimiter, STRUCTURE);
    this.table = true;
    this.paraIsItem = true;
  }

  private tableRow(line: Line): void {
    this.markPipes(line.first, line.end);
    this.startRegion(line.start, line.first, line.end);
    this.paraIsItem = true;
  }

  /** `<!--` at a block start: CommonMark runs it to the line holding `-->`, or to the end. */
  private commentBlock(line: Line): number {
    const t = this.text;
    const close = line.first >= this.noCommentCloseFrom ? -1 : t.indexOf('-->', line.first + 4);
    if (close < 0) {
      this.noCommentCloseFrom = Math.min(this.noCommentCloseFrom, line.first);
      this.marks.fill(COMMENT, line.first, this.n);
      return this.n;
    }
    const after = close + 3;
    this.marks.fill(COMMENT, line.first, after);
    const rest = this.readLine(after);
    let p = after;
    while (p < rest.end && (t.charCodeAt(p) === 32 || t.charCodeAt(p) === 9)) p++;
    if (p < rest.end) {
      // Text after `-->` on the same line: a block of its own, like the comment it follows.
      let lineStart = after;
      while (lineStart > 0 && t.charCodeAt(lineStart - 1) !== 10 && t.charCodeAt(lineStart - 1) !== 13) lineStart--;
      this.startRegion(lineStart, p, rest.end);
      this.paraIsItem = true;
    } else {
      this.prev = 'other';
    }
    return rest.next;
  }

  /** `<script>`, `<pre>`, `<style>`, `<textarea>`: literal up to the line of the closing tag, or the end. */
  private rawHtmlBlock(line: Line): number {
    let stop = this.n;
    if (line.first < this.noRawCloseFrom) {
      RAW_HTML_CLOSE.lastIndex = line.first;
      const m = RAW_HTML_CLOSE.exec(this.text);
      if (m) stop = this.readLine(m.index + m[0].length).next;
      else this.noRawCloseFrom = line.first;
    }
    this.marks.fill(CODE, line.start, stop);
    this.prev = 'other';
    return stop;
  }

  private opensFence(first: number, end: number): boolean {
    const t = this.text;
    const ch = t.charCodeAt(first);
    if (ch !== 96 && ch !== 126) return false;
    let p = first;
    while (p < end && t.charCodeAt(p) === ch) p++;
    const len = p - first;
    if (len < 3) return false;
    if (ch === 96) for (let q = p; q < end; q++) if (t.charCodeAt(q) === 96) return false;
    this.fence = { ch, len };
    return true;
  }

  private closesFence(first: number, end: number): boolean {
    const t = this.text;
    const fence = this.fence!;
    let p = first;
    while (p < end && t.charCodeAt(p) === fence.ch) p++;
    if (p - first < fence.len) return false;
    for (; p < end; p++) if (t.charCodeAt(p) !== 32 && t.charCodeAt(p) !== 9) return false;
    return true;
  }

  /** Skips `>` quote markers (each after up to 3 spaces): where the content starts and how deep. */
  private quotePrefix(start: number, end: number): { contentStart: number; depth: number } {
    const t = this.text;
    let contentStart = start;
    let depth = 0;
    for (;;) {
      let p = contentStart;
      while (p < end && p - contentStart < 3 && t.charCodeAt(p) === 32) p++;
      if (p >= end || t.charCodeAt(p) !== 62 /* > */) break;
      p++;
      if (p < end && (t.charCodeAt(p) === 32 || t.charCodeAt(p) === 9)) p++;
      contentStart = p;
      depth++;
    }
    return { contentStart, depth };
  }

  private markQuotePrefix(start: number, contentStart: number): void {
    const t = this.text;
    for (let p = start; p < contentStart; p++) {
      const c = t.charCodeAt(p);
      if (c === 62 || (p > start && t.charCodeAt(p - 1) === 62 && (c === 32 || c === 9))) this.marks[p] = STRUCTURE;
    }
  }

  /** Marks a whole line, its line break included (so scanners see the break as part of the block). */
  private markLine(line: Line, mark: number): void {
    this.marks.fill(mark, line.start, line.next);
  }

  private hasPipe(start: number, end: number): boolean {
    for (let p = start; p < end; p++) if (this.text.charCodeAt(p) === 124) return true;
    return false;
  }

  private markPipes(start: number, end: number): void {
    for (let p = start; p < end; p++) {
      if (this.text.charCodeAt(p) === 124 && this.text.charCodeAt(p - 1) !== 92) this.marks[p] = STRUCTURE;
    }
  }
}
