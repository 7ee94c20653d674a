// Everything the judgement reads from one piece of text, computed once.
import { termSet, valueTerms } from '../text/terms';
import { words } from '../text/words';
import { extractDates, type DateMention } from './dates';
import { acronymsOf, writtenMentions, type Mention } from './entities';
import { clausesOf, polarityOf, type Clause, type Polarity } from './polarity';
import { extractQuantities, type Quantity } from './quantities';
import { roleRelations, type RoleRelation } from './roles';

export interface TextFacts {
  /** Content terms (folded, stemmed, synonyms merged). */
  readonly terms: ReadonlySet<string>;
  /** Terms of names and places. */
  readonly entities: ReadonlySet<string>;
  /** Names and places, each as the terms of its words. */
  readonly mentions: readonly Mention[];
  /** The same names as written. */
  readonly mentionTexts: readonly string[];
  /** The acronym of each multi-word name ("un" for United Nations), or '' for none. */
  readonly mentionAcronyms: readonly string[];
  /** Country-to-country roles: "the Russian ambassador to Cuba". */
  readonly roles: readonly RoleRelation[];
  /** Clauses with their own polarity. */
  readonly clauses: readonly Clause[];
  /** The value terms of the figures written in the text (terms.ts valueTerm): for retrieval only, never part of `terms`. */
  readonly values: ReadonlySet<string>;
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateMention[];
  readonly polarity: Polarity;
  /** Words that mark a further, later event ("again", "returned", "another"): its date may differ from an earlier one's. */
  readonly newEvent: boolean;
}

const NEW_EVENT = /\b(again|returned|return|another|further|second|third|later|subsequently|next|renewed|resumed|follow-up)\b/i;

/** The facts stated in `text`. */
export function factsOf(text: string): TextFacts {
  const ws = words(text);
  const written = writtenMentions(text, ws);
  const mentions = written.map((m) => m.terms);
  return {
    mentionTexts: written.map((m) => m.text),
    mentionAcronyms: written.map((m) => [...acronymsOf(m.text)][0] ?? ''),
    terms: termSet(text, ws),
    entities: new Set(mentions.flat()),
    mentions,
    clauses: clausesOf(text, ws),
    roles: roleRelations(text),
    values: valueTerms(ws),
    quantities: extractQuantities(text, ws),
    dates: extractDates(text, ws),
    polarity: polarityOf(text, ws),
    newEvent: NEW_EVENT.test(text),
  };
}
