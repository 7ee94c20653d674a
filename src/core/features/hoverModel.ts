// What a hover shows, as plain data: the card for a cited claim or source, or the verdict on an
// uncited sentence. Rendering to Markdown is in hoverMarkdown.ts; the editor adapter only wraps it.
import { relatedClaims } from '../corpus/relatedClaims';
import type { Corpus } from '../corpus/types';
import type { Claim, Source } from '../model';
import type { AttestCore } from '../service';

/** What a hover shows of a source: its metadata, without where it is written or its notes. */
export type SourceCard = Pick<Source, 'id' | 'title' | 'outlet' | 'author' | 'translator' | 'published' | 'url' | 'kind'>;

export interface ClaimCard {
  readonly id: string;
  readonly text: string;
  readonly quote: string;
  readonly attributedTo: string;
  readonly date?: string;
  readonly sourceId: string;
  /** Undefined when the claim names a source the corpus does not have. */
  readonly source?: SourceCard;
}

export type Relation = 'contradicts' | 'qualifies' | 'qualified by';

export interface RelatedClaim {
  readonly relation: Relation;
  readonly id: string;
  readonly text: string;
}

export type HoverModel =
  | { readonly kind: 'claim'; readonly claim: ClaimCard; readonly related: readonly RelatedClaim[] }
  | { readonly kind: 'source'; readonly source: SourceCard; readonly claimCount: number }
  | { readonly kind: 'unknown'; readonly id: string; readonly suggestions: readonly string[] }
  | {
      readonly kind: 'verdict';
      readonly verdict: 'supported' | 'contradiction';
      /** For a contradiction: what differs, e.g. `"300" vs "about 200"`. */
      readonly detail?: string;
      readonly claims: readonly ClaimCard[];
    };

export function sourceCard(source: Source): SourceCard {
  const { id, title, outlet, author, translator, published, url, kind } = source;
  return { id, title, outlet, author, translator, published, url, kind };
}

export function claimCard(claim: Claim, corpus: Corpus): ClaimCard {
  const source = corpus.sources.get(claim.source);
  return {
    id: claim.id,
    text: claim.text,
    quote: claim.quote,
    attributedTo: claim.attributedTo,
    date: claim.date,
    sourceId: claim.source,
    source: source ? sourceCard(source) : undefined,
  };
}

/**
 * The card for a cited id: the claim with its related claims, or the source with its claim count,
 * or — for an id the corpus does not have — the closest ids (`suggest` gives them; none by default).
 */
export function idHover(corpus: Corpus, id: string, suggest: (id: string) => readonly string[] = () => []): HoverModel {
  const claim = corpus.claims.get(id);
  if (claim) {
    const { contradicts, qualifies, qualifiedBy } = relatedClaims(corpus, id);
    const related: RelatedClaim[] = [];
    const add = (relation: Relation, ids: readonly string[]) => {
      for (const other of ids) {
        const c = corpus.claims.get(other);
        if (c) related.push({ relation, id: other, text: c.text });
      }
    };
    add('contradicts', contradicts);
    add('qualifies', qualifies);
    add('qualified by', qualifiedBy);
    return { kind: 'claim', claim: claimCard(claim, corpus), related };
  }
  const source = corpus.sources.get(id);
  if (source) return { kind: 'source', source: sourceCard(source), claimCount: corpus.claimsBySource.get(id)?.length ?? 0 };
  return { kind: 'unknown', id, suggestions: suggest(id) };
}

/**
 * The verdict on an uncited sentence's prose: the claims that support it or the one it contradicts.
 * Undefined when no claim is about it (nothing worth a hover).
 */
export function sentenceHover(core: AttestCore, prose: string, maxClaims = 3): HoverModel | undefined {
  const verdict = core.judge(prose);
  const cards = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const c = core.corpus.claims.get(id);
      return c ? [claimCard(c, core.corpus)] : [];
    });
  if (verdict.kind === 'supported') {
    return { kind: 'verdict', verdict: 'supported', claims: cards(verdict.support.slice(0, maxClaims).map((a) => a.claimId)) };
  }
  if (verdict.kind === 'contradiction') {
    return { kind: 'verdict', verdict: 'contradiction', detail: verdict.conflict.detail, claims: cards([verdict.against.claimId]) };
  }
  return undefined;
}
