// A ClaimIndex's derived data (ids, terms, postings, document frequencies) in transferable form, so a
// worker thread can build the index and hand it to the extension host without a structured clone of
// millions of numbers (the typed arrays are transferred, not copied), and so the persisted cache can
// keep it. Restoring is cheap (a string split or two) but still runs in steps (a generator) so the
// host can spread it over event-loop turns. The ids are left out when they are the claim ids of the
// corpus the snapshot travels with (nearly always): whoever restores it holds those already.
import type { ClaimIndexData } from './claimIndex';
import { runSteps } from '../steps';

/** An index's data in transferable form: typed arrays and newline-joined strings. */
export interface IndexSnapshot {
  /**
   * The indexed claim ids in order, joined by "\n" (ids are slugs: no line breaks); absent when they
   * are the claim ids of the corpus the snapshot goes with, in corpus order (`restoreSteps` takes those).
   */
  readonly ids?: string;
  /** The sorted terms, joined by "\n" (terms are word stems: no line breaks). */
  readonly terms: string;
  /** As in ClaimIndexData: term i's postings are `ordinals[offsets[i]]` to `ordinals[offsets[i + 1]]`. */
  readonly offsets: Int32Array;
  readonly ordinals: Int32Array;
  readonly docFreq: Int32Array;
}

/** The buffers to list in postMessage's transfer list so the snapshot moves rather than copies. */
export function snapshotTransferables(snapshot: IndexSnapshot): ArrayBuffer[] {
  return [snapshot.offsets.buffer, snapshot.ordinals.buffer, snapshot.docFreq.buffer] as ArrayBuffer[];
}

/**
 * The snapshot of an index's data, without its ids when they are `corpusIds` (the claim ids of the corpus
 * it goes with). The arrays are copied: transferring them must not empty the live index they came from.
 */
export function snapshotOf(data: ClaimIndexData, corpusIds?: readonly string[]): IndexSnapshot {
  const arrays = { terms: data.terms.join('\n'), offsets: data.offsets.slice(), ordinals: data.ordinals.slice(), docFreq: data.docFreq.slice() };
  return corpusIds && sameIds(data.ids, corpusIds) ? arrays : { ids: data.ids.join('\n'), ...arrays };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const splitLines = (joined: string): string[] => (joined === '' ? [] : joined.split('\n'));

/**
 * Rebuilds an index's data from a snapshot in a few steps: drive it with `next()` until it is done
 * (its return value is the data). `corpusIds` are the claim ids of the corpus the snapshot came with,
 * used when the snapshot leaves its ids out. Throws when the snapshot is inconsistent.
 */
export function* restoreSteps(snapshot: IndexSnapshot, corpusIds?: readonly string[]): Generator<void, ClaimIndexData> {
  const ids = snapshot.ids !== undefined ? splitLines(snapshot.ids) : corpusIds;
  if (!ids) throw new Error('Index snapshot is inconsistent: it leaves out its ids, and no corpus ids were given.');
  yield;
  const terms = splitLines(snapshot.terms);
  const { offsets, ordinals, docFreq } = snapshot;
  if (offsets.length !== terms.length + 1 || docFreq.length !== terms.length) {
    throw new Error('Index snapshot is inconsistent: terms, offsets and document frequencies differ in length.');
  }
  if (offsets[0] !== 0 || offsets[terms.length] !== ordinals.length) throw new Error('Index snapshot is inconsistent: postings overrun.');
  for (let i = 0; i < terms.length; i++) {
    if (offsets[i + 1] < offsets[i]) throw new Error('Index snapshot is inconsistent: postings overrun.');
  }
  // Millions of postings: checked in chunks, a step each.
  for (let from = 0; from < ordinals.length; from += 1 << 19) {
    yield;
    for (let k = from, end = Math.min(ordinals.length, from + (1 << 19)); k < end; k++) {
      if (ordinals[k] < 0 || ordinals[k] >= ids.length) throw new Error('Index snapshot is inconsistent: a posting names no claim.');
    }
  }
  return { ids, terms, offsets, ordinals, docFreq };
}

/** Runs `restoreSteps` to the end at once (worker side, tests). */
export function restoreIndexData(snapshot: IndexSnapshot, corpusIds?: readonly string[]): ClaimIndexData {
  return runSteps(restoreSteps(snapshot, corpusIds));
}
