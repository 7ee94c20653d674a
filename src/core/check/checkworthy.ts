// Whether a sentence states something a reader could check: a figure, a date, or a named actor doing
// something. Opinions, questions and transitions are not checkable and get no "unsourced" finding.
import { fold } from '../text/fold';
import type { TextFacts } from '../facts/textFacts';
import { words } from '../text/words';
import { DEMONYMS } from '../text/lexicon';

const COUNTRY_TERMS = new Set(DEMONYMS.values());

// Markers of judgement, speculation, prescription or rhetoric.
const OPINION_WORDS = new Set([
  'should', 'must', 'ought', 'shall', 'perhaps', 'maybe', 'arguably', 'likely', 'unlikely', 'probably', 'possibly', 'seemingly',
  'seems', 'seem', 'appears', 'appear', 'suggests', 'wonder', 'wonders', 'believe', 'think', 'feel', 'hope', 'fear', 'doubt',
  'troubling', 'worrying', 'alarming', 'disturbing', 'shameful', 'outrageous', 'remarkable', 'striking', 'telling', 'ironic',
  'tragic', 'absurd', 'important', 'crucial', 'essential', 'clearly', 'obviously', 'surely', 'undoubtedly', 'unclear', 'murky',
  'remains', 'remain', 'matters', 'deserves', 'deserve', 'needs', 'speaks', 'volumes', 'story', 'question', 'questions',
  'lesson', 'lessons', 'irony', 'hypocrisy', 'cynical', 'dangerous', 'naive', 'welcome', 'sad', 'sadly', 'unfortunately',
  'fortunately', 'hopefully', 'interesting', 'notable', 'noteworthy', 'puzzling', 'difficult', 'hard', 'easy', 'time',
  'might', 'could', 'would', 'may', 'whether', 'if', 'why', 'what', 'how',
]);
const REPORTING_VERBS = /\b(said|says|told|reported|announced|stated|confirmed|denied|revealed|identified|arrested|signed|visited|met|leaked|published|posted|recorded|ordered|received|accused|blamed|rejected|acknowledged|claimed|promised|offered|recruited|joined|sent|held|travelled|traveled|donated|totalled|totaled|dismantled|uncovered|launched|opened|initiated|issued|carried|awaits|allows|labelled|labeled|comprised|trained|fought|fighting|serving|served|hired|paid|killed|detained|charged|sentenced|expelled|sanctioned|elected|appointed|named|became|founded|born|died)\b/i;

/** True when the sentence states a fact that a source could back. */
export function isCheckWorthy(prose: string, facts: TextFacts): boolean {
  const trimmed = prose.trim();
  if (trimmed.endsWith('?')) return false;
  const ws = words(trimmed).map((w) => fold(w.text));
  if (ws.length < 4) return false;
  const opinion = ws.filter((w) => OPINION_WORDS.has(w)).length;
  const hasValue = facts.quantities.length > 0 || facts.dates.length > 0;
  if (hasValue) return opinion < 2;
  if (opinion > 0) return false;
  // A named person or body in a statement that passes no judgement: "Investigators from Cuba's Interior
  // Ministry led the probe." A country alone ("Cuba's foreign policy") makes a claim only with a verb of
  // reporting or action.
  const specific = facts.mentions.some((m) => m.length > 1 || !COUNTRY_TERMS.has(m[0]));
  return specific || ((facts.entities.size > 0 || /\p{Lu}/u.test(trimmed.slice(1))) && REPORTING_VERBS.test(trimmed));
}
