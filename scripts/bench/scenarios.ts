// What the benchmark times, done the way the extension's providers do it (src/extension/completion.ts,
// hover.ts, diagnostics.ts), minus only the conversion into VS Code objects: the same core calls with
// the same arguments, on realistic cursor positions and edits in the draft.
import { completionContext, findCitationAt } from '../../src/core/draft/citations';
import type { ParsedDraft } from '../../src/core/draft/types';
import { citationStartBefore, completionFilterText, rankSortText, sentenceBefore } from '../../src/core/features/completionModel';
import { idHover, sentenceHover } from '../../src/core/features/hoverModel';
import { renderHover } from '../../src/core/features/hoverMarkdown';
import { blockQuote, escapeMarkdown, oneLineText } from '../../src/core/features/markdown';
import type { AttestCore } from '../../src/core/service';
import type { LineMap } from '../../src/core/text/lineMap';
import { Random } from './random';

// As in src/extension/completion.ts.
const CONTEXT_LINES = 30;
const MAX_ITEMS = 50;

export type CompletionKind = 'open' | 'id' | 'word' | 'next';

export interface CompletionSample {
  readonly kind: CompletionKind;
  /** The document as it reads while the writer types: the draft with the citation being typed. */
  readonly doc: string;
  readonly cursor: number;
  /** The claim the sentence restates, when the draft cites it there. */
  readonly target?: string;
}

/** True for sentences worth citing: prose, not a heading or a list of references. */
function citable(draft: string, s: ParsedDraft['sentences'][number]): boolean {
  if (s.ignored || s.prose.trim().length < 40) return false;
  const lineStart = draft.lastIndexOf('\n', s.span.start - 1) + 1;
  return draft[lineStart] !== '#';
}

/**
 * `count` cursor positions inside sentences of the draft, as the writer types a citation: right after
 * `[@`, after `[@` and 1–4 letters of the cited id or of a word, and after `; @` following a first key.
 * Where the draft already cites the sentence, that citation is what is being retyped.
 */
export function completionSamples(draft: string, parsed: ParsedDraft, core: AttestCore, count: number, seed: number): CompletionSample[] {
  const rng = new Random(seed);
  const pool = parsed.sentences.filter((s) => citable(draft, s));
  const cited = pool.filter((s) => s.citations.some((g) => g.bracketed && g.keys.some((k) => core.corpus.claims.has(k.id))));
  const allIds = core.index.allIds();
  const samples: CompletionSample[] = [];
  while (samples.length < count) {
    const kind = (['open', 'id', 'word', 'next'] as const)[rng.weighted([30, 30, 25, 15])]!;
    const sentence = rng.pick(kind === 'id' || kind === 'next' ? cited : pool);
    const group = sentence.citations.find((g) => g.bracketed);
    const target = group?.keys.find((k) => core.corpus.claims.has(k.id))?.id;
    // Where the citation goes: in place of the one there, else before the sentence's final period.
    let at = sentence.span.end;
    let atEnd = at;
    if (group) {
      at = group.span.start;
      atEnd = group.span.end;
    } else if (/[.!?]/.test(draft[at - 1] ?? '')) {
      at = atEnd = at - 1;
    }
    const before = draft.slice(0, at).replace(/\s*$/, ' ');
    let typed = '';
    let lead = '[@';
    if (kind === 'id' && target) typed = target.slice(0, rng.int(1, 4));
    else if (kind === 'word') {
      const words = sentence.prose.match(/\p{L}{4,}/gu) ?? ['cuba'];
      typed = rng.pick(words).slice(0, rng.int(1, 4));
    } else if (kind === 'next') {
      lead = `[@${target ?? rng.pick(allIds)}; @`;
      typed = rng.pick(allIds).slice(0, rng.int(0, 2));
    }
    const doc = `${before}${lead}${typed}]${draft.slice(atEnd)}`;
    samples.push({ kind, doc, cursor: before.length + lead.length + typed.length, target });
  }
  return samples;
}

/** What CitationCompletionProvider.provideCompletionItems computes, as plain data. Undefined when not on a citation. */
export function provideCompletion(core: AttestCore, lines: LineMap, doc: string, cursor: number): { ids: string[] } | undefined {
  const position = lines.positionAt(cursor);
  const windowStart = lines.offsetAt({ line: Math.max(0, position.line - CONTEXT_LINES), character: 0 });
  const windowEnd = lines.contentEnd(Math.min(lines.lineCount - 1, position.line + 2));
  const text = doc.slice(windowStart, windowEnd);
  const offset = cursor - windowStart;
  const context = completionContext(text, offset);
  if (!context) return undefined;
  const sentence = sentenceBefore(text, citationStartBefore(text, context.replaceSpan.start, context.inBrackets));
  const corpus = core.corpus;
  const items = core.suggest(sentence, context.prefix, MAX_ITEMS).map((s, rank) => {
    const claim = corpus.claims.get(s.id);
    const source = corpus.sources.get(s.source);
    const description = oneLineText(s.text, 80);
    const detail = [source?.outlet ?? s.source, claim?.date ?? source?.published].filter(Boolean).join(' · ');
    const docs = [escapeMarkdown(oneLineText(s.text))];
    if (claim?.quote.trim()) docs.push(blockQuote(claim.quote));
    if (claim?.attributedTo.trim()) docs.push(`Asserted by: ${escapeMarkdown(oneLineText(claim.attributedTo, 200))}`);
    return { id: s.id, description, detail, documentation: docs.join('\n\n'), sortText: rankSortText(rank), filterText: completionFilterText(context.prefix, s.id, s.text) };
  });
  return { ids: items.map((i) => i.id) };
}

export type HoverKind = 'citation' | 'unknown-id' | 'sentence';

export interface HoverSample {
  readonly kind: HoverKind;
  readonly offset: number;
}

/** An offset on every citation key of the draft, and on a word of `sentences` uncited sentences. */
export function hoverSamples(draft: string, parsed: ParsedDraft, core: AttestCore, sentences: number, seed: number): HoverSample[] {
  const rng = new Random(seed);
  const samples: HoverSample[] = [];
  const known = (id: string) => core.corpus.claims.has(id) || core.corpus.sources.has(id);
  for (const group of parsed.citations) {
    for (const key of group.keys) {
      samples.push({ kind: known(key.id) ? 'citation' : 'unknown-id', offset: key.idSpan.start + Math.min(2, key.id.length - 1) });
    }
  }
  const uncited = parsed.sentences.filter((s) => citable(draft, s) && s.citations.length === 0);
  for (const s of rng.sample(uncited, sentences)) {
    const words = [...s.prose.matchAll(/\p{L}{3,}/gu)];
    const word = words[Math.floor(words.length / 2)];
    if (word) samples.push({ kind: 'sentence', offset: s.span.start + word.index! + 1 });
  }
  return samples;
}

/** What AttestHoverProvider.provideHover computes for a parsed draft (parsed once per version there too). */
export function provideHover(core: AttestCore, draft: ParsedDraft, offset: number): string | undefined {
  const corpus = core.corpus;
  const hit = findCitationAt(draft.citations, offset);
  if (hit?.key) {
    return renderHover(idHover(corpus, hit.key.id, (id) => core.index.nearIds(id)));
  }
  if (hit) return undefined;
  const sentence = draft.sentences.find((s) => s.span.start <= offset && offset < s.span.end);
  if (!sentence || sentence.ignored || sentence.citations.length > 0) return undefined;
  const model = sentenceHover(core, sentence.prose);
  return model ? renderHover(model) : undefined;
}

export interface Edit {
  /** Offset in the original draft. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const REPLACEMENTS = ['several', 'officials', 'reportedly', 'regional', 'national', 'quietly', 'publicly', 'again', 'formally', 'local'];

/**
 * `count` one-word edits, each in a different sentence of the middle half of the draft: a word of
 * four letters or more replaced by another word, as a writer revising a sentence does.
 */
export function editPlan(draft: string, parsed: ParsedDraft, count: number, seed: number): Edit[] {
  const rng = new Random(seed);
  const n = parsed.sentences.length;
  const middle = parsed.sentences.slice(Math.floor(n / 4), Math.ceil((3 * n) / 4)).filter((s) => !s.ignored);
  const edits: Edit[] = [];
  for (const s of rng.sample(middle, count * 2)) {
    const words = [...s.prose.matchAll(/\p{L}{4,}/gu)];
    if (words.length === 0) continue;
    const w = words[rng.int(Math.floor(words.length / 3), Math.max(Math.floor(words.length / 3), words.length - 1))]!;
    const start = s.span.start + w.index!;
    let text = rng.pick(REPLACEMENTS);
    if (text === w[0]) text = 'reportedly';
    // Keep a capital at the start of the sentence, as a writer would.
    if (/^\p{Lu}/u.test(w[0])) text = text.charAt(0).toUpperCase() + text.slice(1);
    edits.push({ start, end: start + w[0].length, text });
    if (edits.length === count) break;
  }
  return edits;
}

/** Applies `edits` one after another, yielding the document after each (offsets shifted by earlier edits). */
export function* applyEdits(draft: string, edits: readonly Edit[]): Generator<string> {
  let doc = draft;
  const applied: { at: number; delta: number }[] = [];
  for (const e of edits) {
    const shift = applied.reduce((sum, a) => (a.at <= e.start ? sum + a.delta : sum), 0);
    doc = doc.slice(0, e.start + shift) + e.text + doc.slice(e.end + shift);
    applied.push({ at: e.start, delta: e.text.length - (e.end - e.start) });
    yield doc;
  }
}
