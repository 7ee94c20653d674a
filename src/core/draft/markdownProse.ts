// The prose view of a draft: the text with everything that is not prose blanked, same length and
// lines. Built in passes over one byte-per-unit mark array (see marks.ts): blocks, inline literals,
// citations, inline markup, then the headings, which are never claims.
import { parseCitations } from './citations';
import { scanBlocks } from './markdownBlocks';
import { markInlineLiterals } from './markdownLiterals';
import { markInlineMarkup } from './markdownMarkup';
import { plainBlockStarts } from './paragraphs';
import { CITATION, CODE, INLINE, STRUCTURE, blankMarked, createMarks, isLiteral, type Marks } from './marks';
import { markDirectives } from './suppression';
import type { CitationGroup, DraftKind } from './types';

/** Everything the later stages need from one read of the text. */
export interface TextAnalysis {
  readonly kind: DraftKind;
  /** What each UTF-16 unit is (see marks.ts); pass it to `citationAt` and `completionContext`. */
  readonly marks: Marks;
  /** The prose view: `text` with non-prose units blanked and line breaks kept. */
  readonly prose: string;
  /** Every citation group, in order. */
  readonly citations: CitationGroup[];
  /** Line starts that begin a block without a blank line before them, in order. */
  readonly blockStarts: readonly number[];
}

/**
 * A string exactly as long as `text`, with every non-prose unit replaced by a space and line breaks
 * kept, so offsets and lines match the original. In Markdown that blanks front matter, code, HTML,
 * link targets, URLs, headings, list and quote markers, emphasis markers, footnote markers, tables'
 * pipes and citations; in plain text only citations (and Attest's `<!-- attest-… -->` directives).
 */
export function proseView(text: string, kind: DraftKind): string {
  return analyzeText(text, kind).prose;
}

/** Marks, prose view, citations and block starts of `text`. Linear in the text's length. */
export function analyzeText(text: string, kind: DraftKind): TextAnalysis {
  const marks: Marks = createMarks(text.length);
  if (kind !== 'markdown') {
    markDirectives(text, marks);
    const citations = parseCitations(text, marks);
    markCitations(marks, citations);
    return { kind, marks, prose: blankMarked(text, marks), citations, blockStarts: plainBlockStarts(text) };
  }
  const blocks = scanBlocks(text, marks);
  markInlineLiterals(text, marks, blocks.inlineRegions);
  const citations = parseCitations(text, marks);
  markCitations(marks, citations);
  markInlineMarkup(text, marks, blocks.inlineRegions, blocks.refLabels);
  for (const h of blocks.headings) markHeading(marks, h.start, h.end);
  return { kind, marks, prose: blankMarked(text, marks), citations, blockStarts: blocks.blockStarts };
}

// Literal units keep their marks, so that the final marks still say where code is and
// `parseCitations(text, marks)` finds the same groups again.
function markCitations(marks: Marks, citations: readonly CitationGroup[]): void {
  for (const g of citations) {
    for (let p = g.span.start; p < g.span.end; p++) if (!isLiteral(marks[p])) marks[p] = CITATION;
  }
}

/** Headings are not claims: blank them whole, code spans in them becoming block code (still literal). */
function markHeading(marks: Marks, start: number, end: number): void {
  for (let p = start; p < end; p++) {
    const m = marks[p];
    marks[p] = m === INLINE ? CODE : isLiteral(m) ? m : STRUCTURE;
  }
}
