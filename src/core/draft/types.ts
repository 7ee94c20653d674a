// What parsing a draft yields: sentences with exact offsets and the citations attached to them.
import type { Span } from '../model';

export type DraftKind = 'markdown' | 'plaintext';

/** One cited key inside a citation group, e.g. `@milian-identified` in `[see @milian-identified, p. 3]`. */
export interface CitationKey {
  /** The id without the `@`. */
  readonly id: string;
  /** Span of the id (without `@`) in the original text. */
  readonly idSpan: Span;
  /** Span of `@id` plus its prefix/locator inside the group (for `[see @a, p. 3]`: `see @a, p. 3`). */
  readonly span: Span;
  readonly prefix?: string;
  readonly locator?: string;
}

/** A citation group: `[@a; @b]`, `[see @a, p. 3]`, or a bare `@a` in running text. */
export interface CitationGroup {
  /** The whole group including brackets; for a bare citation, just `@id`. */
  readonly span: Span;
  readonly keys: readonly CitationKey[];
  readonly bracketed: boolean;
}

export interface DraftSentence {
  /** Span in the original text, trimmed of surrounding whitespace; includes citations inside it. */
  readonly span: Span;
  /**
   * The sentence's prose exactly as long as `span`: same offsets, with everything that is not prose
   * (citations, Markdown markup, link targets, inline code, HTML) replaced by spaces.
   * `prose[i]` corresponds to `text[span.start + i]`.
   */
  readonly prose: string;
  /** Citation groups inside the sentence or directly following it (before the next sentence). */
  readonly citations: readonly CitationGroup[];
  /** True when suppressed by `<!-- attest-ignore -->` or an `attest-disable` region. */
  readonly ignored: boolean;
  /** Index of the paragraph (block) the sentence belongs to. */
  readonly paragraph: number;
}

export interface ParsedDraft {
  readonly kind: DraftKind;
  readonly sentences: readonly DraftSentence[];
  /** Every citation group in the draft (also those outside any sentence, e.g. in a list of references). */
  readonly citations: readonly CitationGroup[];
}
