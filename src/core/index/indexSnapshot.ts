// A ClaimIndex's derived data (ids, postings, document frequencies) as flat arrays, so a worker thread
// can build the index and hand it to the extension host without a structured clone of a map holding
// millions of numbers (the typed arrays are transferred, not copied), and so the persisted cache can
// keep it as JSON. Restoring runs in steps (a generator) so the host can spread it over event-loop
// turns.
import type { ClaimIndexData } from './claimIndex';

/** An index's data in transferable form: typed arrays and two JSON strings. */
export interface IndexSnapshot {
  /** JSON array of the claim ids, in corpus order (ordinals index into it). */
  readonly ids: string;
  /** JSON array of the terms. */
  readonly terms: string;
  /** How many claims each term holds (parallel to `terms`); its postings follow the previous term's. */
  readonly counts: Int32Array;
  /** Every term's claim ordinals, one term after the other, ascending within a term. */
  readonly ordinals: Int32Array;
  /** Parallel to `terms`: the term's document frequency (0 when only the claim's "about" fields hold it). */
  readonly docFreq: Int32Array;
}

/** The same data as plain JSON (for the persisted cache); ordinals are delta-coded within each term. */
export interface IndexSnapshotJson {
  readonly ids: readonly string[];
  readonly terms: readonly string[];
  readonly counts: readonly number[];
  readonly ordinalDeltas: readonly number[];
  readonly docFreq: readonly number[];
}

/** The buffers to list in postMessage's transfer list so the snapshot moves rather than copies. */
export function snapshotTransferables(snapshot: IndexSnapshot): ArrayBuffer[] {
  return [snapshot.counts.buffer, snapshot.ordinals.buffer, snapshot.docFreq.buffer] as ArrayBuffer[];
}

/** Flattens an index's data. */
export function snapshotOf(data: ClaimIndexData): IndexSnapshot {
  const terms = [...data.postings.keys()];
  let total = 0;
  for (const list of data.postings.values()) total += list.length;
  const counts = new Int32Array(terms.length);
  const ordinals = new Int32Array(total);
  const docFreq = new Int32Array(terms.length);
  let at = 0;
  terms.forEach((term, i) => {
    const list = data.postings.get(term)!;
    counts[i] = list.length;
    ordinals.set(list, at);
    at += list.length;
    docFreq[i] = data.docFreq.get(term) ?? 0;
  });
  return { ids: JSON.stringify(data.ids), terms: JSON.stringify(terms), counts, ordinals, docFreq };
}

/**
 * Rebuilds an index's data from a snapshot, `termsPerStep` terms per step: drive it with `next()`
 * until it is done (its return value is the data). Throws when the snapshot is inconsistent.
 */
export function* restoreSteps(snapshot: IndexSnapshot, termsPerStep = 2000): Generator<void, ClaimIndexData> {
  const ids = JSON.parse(snapshot.ids) as string[];
  yield;
  const terms = JSON.parse(snapshot.terms) as string[];
  const { counts, ordinals, docFreq: df } = snapshot;
  if (!Array.isArray(ids) || !Array.isArray(terms) || counts.length !== terms.length || df.length !== terms.length) {
    throw new Error('Index snapshot is inconsistent: terms, counts and document frequencies differ in length.');
  }
  const postings = new Map<string, number[]>();
  const docFreq = new Map<string, number>();
  let at = 0;
  for (let i = 0; i < terms.length; i++) {
    const n = counts[i];
    if (n < 0 || at + n > ordinals.length) throw new Error('Index snapshot is inconsistent: postings overrun.');
    const list = new Array<number>(n);
    for (let k = 0; k < n; k++) list[k] = ordinals[at + k];
    at += n;
    postings.set(terms[i], list);
    if (df[i] > 0) docFreq.set(terms[i], df[i]);
    if (i % termsPerStep === termsPerStep - 1) yield;
  }
  if (at !== ordinals.length) throw new Error('Index snapshot is inconsistent: postings left over.');
  return { ids, postings, docFreq };
}

/** Runs `restoreSteps` to the end at once (worker side, tests). */
export function restoreIndexData(snapshot: IndexSnapshot): ClaimIndexData {
  const steps = restoreSteps(snapshot, Number.MAX_SAFE_INTEGER);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The snapshot as JSON-ready plain data. */
export function snapshotToJson(snapshot: IndexSnapshot): IndexSnapshotJson {
  const ordinalDeltas = new Array<number>(snapshot.ordinals.length);
  let at = 0;
  for (const n of snapshot.counts) {
    let previous = 0;
    for (let k = 0; k < n; k++, at++) {
      ordinalDeltas[at] = snapshot.ordinals[at] - previous;
      previous = snapshot.ordinals[at];
    }
  }
  return {
    ids: JSON.parse(snapshot.ids) as string[],
    terms: JSON.parse(snapshot.terms) as string[],
    counts: Array.from(snapshot.counts),
    ordinalDeltas,
    docFreq: Array.from(snapshot.docFreq),
  };
}

/** The snapshot from its JSON form; undefined when the data is not a well-formed snapshot. */
export function snapshotFromJson(json: unknown): IndexSnapshot | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const j = json as Partial<IndexSnapshotJson>;
  if (![j.ids, j.terms, j.counts, j.ordinalDeltas, j.docFreq].every(Array.isArray)) return undefined;
  const terms = j.terms!;
  const counts = Int32Array.from(j.counts!);
  const docFreq = Int32Array.from(j.docFreq!);
  const deltas = j.ordinalDeltas!;
  if (counts.length !== terms.length || docFreq.length !== terms.length) return undefined;
  const ordinals = new Int32Array(deltas.length);
  let at = 0;
  for (const n of counts) {
    let previous = 0;
    for (let k = 0; k < n; k++, at++) {
      if (at >= deltas.length) return undefined;
      ordinals[at] = previous += deltas[at];
    }
  }
  if (at !== deltas.length) return undefined;
  return { ids: JSON.stringify(j.ids), terms: JSON.stringify(terms), counts, ordinals, docFreq };
}
