// Whether a sentence states something a reader could check: a figure, a date, or a named actor doing
// something. Opinions, questions and transitions are not checkable and get no "unsourced" finding.
import { fold } from '../text/fold';
import type { TextFacts } from '../facts/textFacts';
import { words } from '../text/words';
import { DEMONYMS } from '../text/lexicon';
import { termOf } from '../text/terms';
import { isSoftQuantity } from '../facts/quantities';

// Countries and regions (as terms): alone they make no actor specific.
const COUNTRY_TERMS = new Set(
  [...DEMONYMS.values(), 'cuba', 'russia', 'ukraine', 'america', 'europe', 'asia', 'africa', 'belarus', 'kazakhstan', 'serbia', 'venezuela',
    'china', 'poland', 'mexico', 'spain', 'france', 'germany', 'britain', 'caribbean', 'latin', 'west', 'east', 'moscow', 'havana', 'kyiv', 'kremlin', 'island']
    .flatMap((w) => [w, termOf(w) ?? w]),
);

// Markers of judgement, speculation, prescription or rhetoric.
const OPINION_WORDS = new Set([
  'should', 'must', 'ought', 'shall', 'perhaps', 'maybe', 'arguably', 'likely', 'unlikely', 'probably', 'possibly', 'seemingly',
  'seems', 'seem', 'appears', 'appear', 'suggests', 'wonder', 'wonders', 'believe', 'think', 'feel', 'hope', 'fear', 'doubt',
  'troubling', 'worrying', 'alarming', 'disturbing', 'shameful', 'outrageous', 'remarkable', 'striking', 'telling', 'ironic',
  'tragic', 'absurd', 'important', 'crucial', 'essential', 'clearly', 'obviously', 'surely', 'undoubtedly', 'unclear', 'murky',
  'remains', 'remain', 'matters', 'deserves', 'deserve', 'needs', 'speaks', 'volumes', 'story', 'question', 'questions',
  'lesson', 'lessons', 'irony', 'hypocrisy', 'cynical', 'dangerous', 'naive', 'welcome', 'sad', 'sadly', 'unfortunately',
  'fortunately', 'hopefully', 'interesting', 'notable', 'noteworthy', 'puzzling', 'difficult', 'hard', 'easy', 'time',
  'whether', 'if', 'why', 'what', 'how', 'imagine', 'arguably', 'ought',
]);
// Modal verbs hedge a writer's own statement but are part of a reported one ("the WFP said the oil would…").
const MODALS = new Set(['might', 'could', 'would', 'may', 'can']);
const REPORTED = /\b(said|says|told|reported|announced|stated|according|added|explained|warned|promised)\b/i;
// Institutions that make a country a specific actor: "Cuba's interior ministry set up a hotline".
const INSTITUTIONS = /\b(ministry|minister|government|army|navy|police|embassy|court|parliament|prosecutors?|authorities|president|military|forces|intelligence|officials?|diplomats?|ambassador|foreign)\b/i;
const REPORTING_VERBS = /\b(said|says|told|reported|announced|stated|confirmed|denied|revealed|identified|arrested|signed|visited|met|leaked|published|posted|recorded|ordered|received|accused|blamed|rejected|acknowledged|claimed|promised|offered|recruited|joined|sent|held|travelled|traveled|donated|totalled|totaled|dismantled|uncovered|launched|opened|initiated|issued|carried|awaits|allows|labelled|labeled|comprised|trained|fought|fighting|serving|served|hired|paid|killed|detained|charged|sentenced|expelled|sanctioned|elected|appointed|named|became|founded|born|died)\b/i;

/** True when the sentence states a fact that a source could back. */
export function isCheckWorthy(prose: string, facts: TextFacts): boolean {
  const trimmed = prose.trim();
  if (trimmed.endsWith('?')) return false;
  const ws = words(trimmed).map((w) => fold(w.text));
  if (ws.length < 4) return false;
  const reported = REPORTED.test(trimmed);
  const opinion = ws.filter((w) => OPINION_WORDS.has(w) || (MODALS.has(w) && !reported)).length;
  // "The two capitals" is no figure to check.
  const hasValue = facts.quantities.some((q) => !isSoftQuantity(q)) || facts.dates.length > 0;
  if (hasValue) return opinion < 2;
  if (opinion > 0) return false;
  // A named person or body in a statement that passes no judgement: "Investigators from Cuba's Interior
  // Ministry led the probe." A country alone ("Cuba's foreign policy") makes a claim only with a verb of
  // reporting or action.
  const specific = facts.mentions.some((m) => m.length > 1 || !COUNTRY_TERMS.has(m[0]));
  if (specific) return true;
  if (facts.entities.size > 0 && INSTITUTIONS.test(trimmed)) return true;
  return (facts.entities.size > 0 || /\p{Lu}/u.test(trimmed.slice(1))) && REPORTING_VERBS.test(trimmed);
}
