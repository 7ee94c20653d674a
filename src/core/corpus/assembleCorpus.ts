// Per-file results → one Corpus, with the checks that need every file: duplicate ids, unknown
// sources, relations to claims that do not exist.
import { FindingCode, type Claim, type Finding, type Location, type Source, type Span } from '../model';
import { corpusProblem, shownValue } from './problems';
import { MapReverseRelations } from './reverseRelations';
import type { ClaimSpans, Corpus, CorpusFileResult } from './types';

const NO_SPAN: Span = { start: 0, end: 0 };

/**
 * Joins per-file results in the order given. The first claim or source with an id is kept; each later
 * one gets a `corpus-duplicate-id` finding naming where the first is. Claims citing a source that does
 * not exist get `corpus-unknown-source` (one finding per place the source id is written); relations
 * to claims that exist nowhere (not even as a rejected claim) get `corpus-unknown-relation`.
 */
export function assembleCorpus(results: readonly CorpusFileResult[]): Corpus {
  const claims = new Map<string, Claim>();
  const sources = new Map<string, Source>();
  const problems: Finding[] = [];
  const rejected = new Set<string>();
  /** The spans of each claim kept, in the order of `claims` (plain loops and arrays: this runs per claim). */
  const keptSpans: (ClaimSpans | undefined)[] = [];
  for (const result of results) {
    problems.push(...result.problems);
    for (const id of result.rejectedClaimIds ?? []) rejected.add(id);
    for (let i = 0; i < result.sources.length; i++) {
      const source = result.sources[i]!;
      const first = sources.get(source.id);
      if (!first) sources.set(source.id, source);
      else problems.push(duplicate('Source', source.id, result.file, result.sourceSpans?.[i] ?? NO_SPAN, first.location, []));
    }
    for (let i = 0; i < result.claims.length; i++) {
      const claim = result.claims[i]!;
      const first = claims.get(claim.id);
      if (!first) {
        claims.set(claim.id, claim);
        keptSpans.push(result.claimSpans?.[i]);
      } else {
        problems.push(duplicate('Claim', claim.id, result.file, result.claimSpans?.[i]?.id ?? NO_SPAN, first.location, [claim.id]));
      }
    }
  }
  const claimsBySource = new Map<string, string[]>();
  const unknownSources = new Map<string, { file: string; span: Span; source: string; claims: string[] }>();
  const reverseRelations = new MapReverseRelations();
  const exists = (id: string): boolean => claims.has(id);
  // A source's claims mostly come one after another: it is looked up once per run of them.
  let runSource: string | undefined;
  let runClaims: string[] | undefined;
  let k = 0;
  for (const claim of claims.values()) {
    reverseRelations.add(claim, exists);
    const spans = keptSpans[k++];
    if (claim.source !== runSource) {
      runSource = claim.source;
      runClaims = undefined;
      if (sources.has(claim.source)) {
        runClaims = claimsBySource.get(claim.source);
        if (!runClaims) claimsBySource.set(claim.source, (runClaims = []));
      }
    }
    if (runClaims) {
      runClaims.push(claim.id);
    } else {
      // A front-matter default is one place for many claims: one finding there, listing them all.
      const span = spans?.source ?? NO_SPAN;
      const key = `${claim.location.file}\0${span.start}\0${claim.source}`;
      const entry = unknownSources.get(key) ?? { file: claim.location.file, span, source: claim.source, claims: [] };
      entry.claims.push(claim.id);
      unknownSources.set(key, entry);
    }
    if (claim.contradicts.length > 0) unknownRelations(claim, 'contradicts', spans, claims, rejected, problems);
    if (claim.qualifies.length > 0) unknownRelations(claim, 'qualifies', spans, claims, rejected, problems);
  }
  for (const entry of unknownSources.values()) {
    const who = entry.claims.length === 1 ? `Claim "${shownValue(entry.claims[0]!)}" cites` : `${entry.claims.length} claims cite`;
    problems.push(corpusProblem(FindingCode.CorpusUnknownSource, entry.file, entry.span, `${who} source "${shownValue(entry.source)}", which is not in the corpus.`, entry.claims));
  }
  return {
    claims,
    sources,
    claimsBySource,
    problems,
    files: results.map((r) => r.file),
    rejectedClaims: rejected,
    reverseRelations,
  };
}

/** A `corpus-unknown-relation` finding for each target of `claim`'s `relation` that exists nowhere, not even rejected. */
function unknownRelations(
  claim: Claim, relation: 'contradicts' | 'qualifies', spans: ClaimSpans | undefined,
  claims: ReadonlyMap<string, Claim>, rejected: ReadonlySet<string>, problems: Finding[],
): void {
  claim[relation].forEach((target, i) => {
    if (claims.has(target) || rejected.has(target)) return;
    problems.push(corpusProblem(FindingCode.CorpusUnknownRelation, claim.location.file, spans?.[relation][i] ?? NO_SPAN,
      `Claim "${shownValue(claim.id)}" ${relation} "${shownValue(target)}", which is not a claim in the corpus.`, [claim.id, target]));
  });
}

function duplicate(noun: 'Claim' | 'Source', id: string, file: string, span: Span, first: Location, claims: string[]): Finding {
  const where = first.file === file ? `on line ${first.start.line + 1}` : `in ${first.file}:${first.start.line + 1}`;
  return corpusProblem(FindingCode.CorpusDuplicateId, file, span, `${noun} id "${shownValue(id)}" is already used ${where}; this one is ignored.`, claims);
}
