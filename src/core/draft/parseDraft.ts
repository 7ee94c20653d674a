// A draft as sentences with exact offsets, their prose, and the citations that back them.
import type { Span } from '../model';
import { codePointAt, isLetterOrDigit, isSpace, unitLength } from '../text/chars';
import { analyzeText } from './markdownProse';
import { CITATION, INLINE, MARKUP, type Marks } from './marks';
import { findParagraphs } from './paragraphs';
import { splitSentences } from './sentences';
import { findSuppressions } from './suppression';
import type { CitationGroup, DraftKind, DraftSentence, ParsedDraft } from './types';

export { kindForPath } from './kind';

type Building = Omit<DraftSentence, 'citations'> & { citations: CitationGroup[] };

/**
 * The sentences of `text` in order, with spans in the original text and their prose (the prose view
 * over the same span), plus every citation group. A citation belongs to the sentence containing it;
 * one standing after a sentence's end (`… in Ukraine. [@x]`) belongs to that sentence, and one before
 * the first sentence of its paragraph to that first sentence. Sentences without a letter or digit
 * of prose (only citations or punctuation) are dropped.
 */
export function parseDraft(text: string, kind: DraftKind): ParsedDraft {
  const analysis = analyzeText(text, kind);
  const { marks, prose, citations } = analysis;
  const paragraphs = findParagraphs(text, marks, analysis.blockStarts);
  // Bare citations count as sentence starts ("… in Kyiv. @doe reports …") though blanked in the prose.
  const extents = splitSentences(withBareCitationStarts(prose, marks, citations), paragraphs);
  const suppressions = findSuppressions(text, marks);
  const ignoredParagraphs = firstParagraphsAfter(paragraphs, suppressions.ignoreAfter);
  const disabled = suppressions.disabled;

  const sentences: Building[] = [];
  let prevEnd = 0;
  let d = 0;
  for (let n = 0; n < extents.length; n++) {
    const e = extents[n];
    const para = paragraphs[e.paragraph];
    const nextStart = n + 1 < extents.length ? extents[n + 1].start : text.length;
    const span = widen(text, marks, e.start, e.end, Math.max(prevEnd, para.start), Math.min(nextStart, para.end));
    const sentenceProse = prose.slice(span.start, span.end);
    if (!hasWords(sentenceProse)) continue;
    while (d < disabled.length && disabled[d].end <= span.start) d++;
    const inDisabled = d < disabled.length && disabled[d].start <= span.start;
    sentences.push({
      span,
      prose: sentenceProse,
      citations: [],
      ignored: inDisabled || ignoredParagraphs.has(e.paragraph),
      paragraph: e.paragraph,
    });
    prevEnd = span.end;
  }
  attachCitations(sentences, citations, paragraphs);
  return { kind, sentences, citations };
}

function withBareCitationStarts(prose: string, marks: Marks, citations: readonly CitationGroup[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const g of citations) {
    if (g.bracketed || marks[g.span.start] !== CITATION) continue;
    parts.push(prose.slice(last, g.span.start), '@');
    last = g.span.start + 1;
  }
  if (last === 0) return prose;
  parts.push(prose.slice(last));
  return parts.join('');
}

/**
 * Grows a sentence's extent over markup and inline literals touching it without a space
 * (`**Claim.**`, `` `attest` checks``, a link's `](url)`), within `lo..hi`.
 */
function widen(text: string, marks: Marks, start: number, end: number, lo: number, hi: number): Span {
  const grows = (p: number) => (marks[p] === MARKUP || marks[p] === INLINE) && !isSpace(text.charCodeAt(p));
  while (start > lo && grows(start - 1)) start--;
  while (end < hi && grows(end)) end++;
  return { start, end };
}

function hasWords(prose: string): boolean {
  for (let i = 0; i < prose.length; ) {
    const cp = codePointAt(prose, i);
    if (isLetterOrDigit(cp)) return true;
    i += unitLength(cp);
  }
  return false;
}

/** Indices of the first paragraph starting after each offset. */
function firstParagraphsAfter(paragraphs: readonly Span[], offsets: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (const offset of offsets) {
    let lo = 0;
    let hi = paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo < paragraphs.length) out.add(lo);
  }
  return out;
}

/**
 * Gives each citation group to the sentence containing it, else to the sentence before it in the
 * same paragraph, else to the next sentence in the same paragraph. Groups outside every paragraph
 * (headings, a reference list of only citations) stay unattached.
 */
function attachCitations(sentences: Building[], citations: readonly CitationGroup[], paragraphs: readonly Span[]): void {
  let k = -1;
  let p = 0;
  for (const g of citations) {
    const at = g.span.start;
    while (k + 1 < sentences.length && sentences[k + 1].span.start <= at) k++;
    while (p < paragraphs.length && paragraphs[p].end < at) p++;
    const para = p < paragraphs.length && paragraphs[p].start <= at ? p : -1;
    let target = -1;
    if (k >= 0 && at < sentences[k].span.end) target = k;
    else if (k >= 0 && sentences[k].paragraph === para) target = k;
    else if (k + 1 < sentences.length && sentences[k + 1].paragraph === para) target = k + 1;
    if (target >= 0) sentences[target].citations.push(g);
  }
}
