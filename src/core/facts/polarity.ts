// How a clause leans: negated or affirmed, and which way a change goes. Comparing the clause of a
// sentence that restates a claim with the claim's matching clause catches "denied" against "confirmed"
// and "increase" against "cut", without a negation elsewhere in a long sentence getting in the way.
import { fold } from '../text/fold';
import { ANTONYM_PAIRS, DIRECTION_WORDS, NEGATORS, POLARITY_PHRASES, POLARITY_WORDS } from '../text/lexicon';
import { termSet } from '../text/terms';
import { words, type Word } from '../text/words';

export interface Polarity {
  /** Negations and negative words ("not", "denied", "rejected", "abstained"). */
  readonly negative: number;
  /** Affirming words ("confirmed", "acknowledged", "supported"). */
  readonly positive: number;
  /** Sum of change directions: > 0 for increase, < 0 for reduce, 0 for none or mixed. */
  readonly direction: number;
  /** Words from either side of an antonym pair. */
  readonly stance: number;
}

const STANCE_WORDS = new Set(ANTONYM_PAIRS.flatMap(([a, b]) => [...a, ...b]));

export interface Clause {
  readonly terms: ReadonlySet<string>;
  readonly polarity: Polarity;
  /** The clause's words, folded: for antonym pairs, which stemming would blur. */
  readonly words: ReadonlySet<string>;
}

/** What one word, as written, adds to a polarity; memoised, since a corpus's vocabulary is small. */
interface WordCues {
  /** The word folded, with a typographic apostrophe made straight: how phrases name it. */
  readonly folded: string;
  readonly negative: number;
  readonly positive: number;
  readonly direction: number;
  readonly stance: number;
  /** True when some phrase starts with this word. */
  readonly startsPhrase: boolean;
}

const PHRASE_STARTS = new Set([...POLARITY_PHRASES.keys()].map((phrase) => phrase.slice(0, phrase.indexOf(' '))));
const cuesByWord = new Map<string, WordCues>();

function cuesOf(word: string): WordCues {
  let cues = cuesByWord.get(word);
  if (cues) return cues;
  const f = fold(word).replace(/\u2019/g, "'");
  const p = POLARITY_WORDS.get(f);
  cues = {
    folded: f,
    // "Visa-free" is "without a visa": a compound on "-free" carries its own "no".
    negative: (NEGATORS.has(f) || /n't$/.test(f) || /.-free$/.test(f) ? 1 : 0) + (p === -1 ? 1 : 0),
    positive: p === 1 ? 1 : 0,
    direction: DIRECTION_WORDS.get(f) ?? 0,
    stance: STANCE_WORDS.has(f) ? 1 : 0,
    startsPhrase: PHRASE_STARTS.has(f),
  };
  if (cuesByWord.size > 100_000) cuesByWord.clear();
  cuesByWord.set(word, cues);
  return cues;
}

/** The polarity cues in `text`. */
export function polarityOf(text: string, ws: readonly Word[] = words(text)): Polarity {
  let negative = 0;
  let positive = 0;
  let direction = 0;
  let stance = 0;
  let prev: WordCues | undefined;
  for (const w of ws) {
    const cues = cuesOf(w.text);
    negative += cues.negative;
    positive += cues.positive;
    direction += cues.direction;
    stance += cues.stance;
    // Two-word phrases ("turned down", "step up"): looked up only after a word that starts one.
    const phrase = prev?.startsPhrase ? POLARITY_PHRASES.get(`${prev.folded} ${cues.folded}`) : undefined;
    if (phrase?.polarity === -1) negative++;
    if (phrase?.direction) direction += phrase.direction;
    prev = cues;
  }
  return { negative, positive, direction, stance };
}

// Clause boundaries: punctuation, and conjunctions that join two statements.
const CLAUSE_BREAK = /[;:,\u2014()]|\s(?:but|although|though|while|whereas|however|and)\s/giu;

/** The clauses of `text` with their terms and polarity; the whole text when it has one clause. */
export function clausesOf(text: string, ws: readonly Word[] = words(text)): Clause[] {
  // Clause boundaries as offsets; each word goes to the clause it starts in.
  const cuts: number[] = [];
  for (const m of text.matchAll(CLAUSE_BREAK)) cuts.push(m.index! + m[0].length);
  const groups: Word[][] = [[]];
  let c = 0;
  for (const w of ws) {
    while (c < cuts.length && w.start >= cuts[c]) {
      c++;
      if (groups[groups.length - 1].length > 0) groups.push([]);
    }
    groups[groups.length - 1].push(w);
  }
  return groups.filter((g) => g.length > 0).map((g) => ({ terms: termSet(text, g), polarity: polarityOf(text, g), words: new Set(g.map((w) => fold(w.text))) }));
}

/** Why two texts take opposite sides of an antonym pair ("tolerated" against "against"), or undefined. */
export function antonymConflict(sentence: ReadonlySet<string>, claim: ReadonlySet<string>): string | undefined {
  const has = (words: ReadonlySet<string>, side: ReadonlySet<string>) => [...side].find((w) => words.has(w));
  for (const [a, b] of ANTONYM_PAIRS) {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const said = has(sentence, x);
      const sourced = has(claim, y);
      if (said && sourced && !has(claim, x) && !has(sentence, y)) return `the sentence says "${said}" where the claim says "${sourced}"`;
    }
  }
  return undefined;
}

/**
 * Why two clauses about the same fact say opposite things, or undefined when their polarity agrees:
 * a negation on one side only, or an increase against a reduction.
 */
export function polarityConflict(sentence: Polarity, claim: Polarity): string | undefined {
  if ((sentence.negative > 0) !== (claim.negative > 0)) {
    return sentence.negative > 0 ? 'the sentence negates what the claim affirms' : 'the claim negates what the sentence affirms';
  }
  if (sentence.direction * claim.direction < 0) {
    return sentence.direction < 0 ? 'the sentence says it decreased where the claim says it increased' : 'the sentence says it increased where the claim says it decreased';
  }
  return undefined;
}
