// Sending an assembled corpus from the engine to the extension host in slices. The engine writes
// UTF-8 JSON parts of a few hundred kilobytes, transferred rather than copied; the host decodes and
// parses one part per step, so no single step blocks it for long (a structured clone of 100,000
// claim objects would deserialise in one go, for over a second, and a burst of string messages is
// copied in one go too). After a file change only the claims and sources whose objects changed are
// sent, and the host copies the rest from the corpus it already has.
import type { Corpus } from '../core/corpus/types';
import type { Claim, Finding, Source } from '../core/model';
import type { CorpusHeader } from './protocol';

/** One part: any of these, each optional. */
interface Part {
  readonly claims?: readonly Claim[];
  readonly sources?: readonly Source[];
  readonly problems?: readonly Finding[];
  readonly claimsBySource?: readonly (readonly [string, readonly string[]])[];
}

/** Roughly how many claims (or problems, or source entries) go in one part. */
const ITEMS_PER_PART = 500;

/**
 * Encodes `corpus` as JSON parts and a header (`parts` filled in). With `previous` (the corpus the
 * host holds, version `base`), only claims and sources that are not the very same objects are sent.
 */
export function encodeCorpus(corpus: Corpus, version: number, previous?: { corpus: Corpus; version: number }): { parts: Uint8Array[]; header: CorpusHeader } {
  const parts: Uint8Array[] = [];
  const encoder = new TextEncoder();
  const batch = <T>(items: readonly T[], wrap: (slice: readonly T[]) => Part): void => {
    for (let i = 0; i < items.length; i += ITEMS_PER_PART) parts.push(encoder.encode(JSON.stringify(wrap(items.slice(i, i + ITEMS_PER_PART)))));
  };
  const changed = <T>(now: ReadonlyMap<string, T>, before: ReadonlyMap<string, T> | undefined): T[] => {
    const out: T[] = [];
    for (const [id, item] of now) if (before?.get(id) !== item) out.push(item);
    return out;
  };
  batch(changed(corpus.claims, previous?.corpus.claims), (claims) => ({ claims }));
  batch(changed(corpus.sources, previous?.corpus.sources), (sources) => ({ sources }));
  batch(corpus.problems, (problems) => ({ problems }));
  batch([...corpus.claimsBySource], (claimsBySource) => ({ claimsBySource }));
  return {
    parts,
    header: {
      version,
      ...(previous ? { base: previous.version } : {}),
      parts: parts.length,
      claimIds: JSON.stringify([...corpus.claims.keys()]),
      sourceIds: JSON.stringify([...corpus.sources.keys()]),
      files: corpus.files,
      rejectedClaims: corpus.rejectedClaims ? [...corpus.rejectedClaims] : [],
    },
  };
}

/**
 * Rebuilds the corpus from its parts (emptying the array as it goes), one part (or
 * `perStep` map entries) per step: drive it with `next()` until done. `previous` must be the corpus of version `header.base` when the header names
 * one. Throws when a claim or source the header lists is in neither the parts nor `previous`.
 */
export function* decodeCorpusSteps(header: CorpusHeader, parts: (Uint8Array | undefined)[], previous?: Corpus, perStep = 5000): Generator<void, Corpus> {
  const claimsIn = new Map<string, Claim>();
  const sourcesIn = new Map<string, Source>();
  const problems: Finding[] = [];
  const claimsBySource = new Map<string, readonly string[]>();
  const decoder = new TextDecoder();
  for (let i = 0; i < parts.length; i++) {
    const part = JSON.parse(decoder.decode(parts[i])) as Part;
    // Each part is garbage once parsed: let it go now rather than at the end (tens of megabytes).
    parts[i] = undefined;
    for (const c of part.claims ?? []) claimsIn.set(c.id, c);
    for (const s of part.sources ?? []) sourcesIn.set(s.id, s);
    if (part.problems) for (const p of part.problems) problems.push(p);
    for (const [source, ids] of part.claimsBySource ?? []) claimsBySource.set(source, ids);
    yield;
  }
  const claims = yield* ordered<Claim>(JSON.parse(header.claimIds) as string[], claimsIn, previous?.claims, perStep, 'claim');
  const sources = yield* ordered<Source>(JSON.parse(header.sourceIds) as string[], sourcesIn, previous?.sources, perStep, 'source');
  return {
    claims,
    sources,
    claimsBySource,
    problems,
    files: header.files,
    rejectedClaims: new Set(header.rejectedClaims),
  };
}

function* ordered<T>(ids: readonly string[], sent: ReadonlyMap<string, T>, kept: ReadonlyMap<string, T> | undefined, perStep: number, noun: string): Generator<void, Map<string, T>> {
  const out = new Map<string, T>();
  for (let i = 0; i < ids.length; i++) {
    const item = sent.get(ids[i]) ?? kept?.get(ids[i]);
    if (item === undefined) throw new Error(`Corpus transfer lost ${noun} "${ids[i]}".`);
    out.set(ids[i], item);
    if (i % perStep === perStep - 1) yield;
  }
  return out;
}

/** Runs a step generator to its end at once (worker side, tests). */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
