// Remembers each sentence's findings between checks of the same draft, so that after an edit only the
// sentences whose words or citations changed are judged again. Findings are kept relative to their
// sentence, so a sentence that merely moved (text inserted above it) is still a hit.
import type { DraftSentence } from '../draft/types';

/** A finding as checkSentence makes it, before severities apply; offsets absolute. */
export interface SentenceFinding {
  readonly code: import('../model').FindingCode;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly claims: readonly string[];
  readonly replacement?: import('../model').Finding['replacement'];
  readonly suggestions?: readonly string[];
}

export class SentenceCache {
  private entries = new Map<string, readonly SentenceFinding[]>();
  private used = new Map<string, readonly SentenceFinding[]>();
  hits = 0;
  misses = 0;

  /** The findings for `sentence`, computed by `judge` unless an identical sentence was judged in the last check. */
  findings(sentence: DraftSentence, judge: () => SentenceFinding[]): SentenceFinding[] {
    const origin = sentence.span.start;
    const key = keyOf(sentence);
    let relative = this.used.get(key) ?? this.entries.get(key);
    if (relative) this.hits++;
    else {
      this.misses++;
      relative = judge().map((f) => shift(f, -origin));
    }
    this.used.set(key, relative);
    return relative.map((f) => shift(f, origin));
  }

  /** Ends a check: what this check did not use is forgotten, so the cache holds one draft's sentences. */
  endCheck(): void {
    this.entries = this.used;
    this.used = new Map();
  }
}

function keyOf(sentence: DraftSentence): string {
  const origin = sentence.span.start;
  const citations = sentence.citations.map((g) => `${g.span.start - origin}:${g.keys.map((k) => `${k.idSpan.start - origin}@${k.id}`).join(',')}`);
  return `${sentence.prose}\u0000${citations.join(';')}`;
}

function shift(f: SentenceFinding, by: number): SentenceFinding {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    ...(f.replacement ? { replacement: { text: f.replacement.text, span: { start: f.replacement.span.start + by, end: f.replacement.span.end + by } } } : {}),
  };
}
