// Diplomatic and official roles tied to two countries: "the Russian ambassador to Cuba",
// "the Cuban Embassy in Moscow", "Russia's envoy in Havana". Swapping the two sides is a different fact.
import { fold } from '../text/fold';
import { ALIASES, DEMONYMS } from '../text/lexicon';

export interface RoleRelation {
  readonly role: string;
  /** The country the role belongs to. */
  readonly of: string;
  /** The country where or to which it serves. */
  readonly at: string;
}

const ROLES: Readonly<Record<string, string>> = {
  ambassador: 'ambassador', envoy: 'ambassador', diplomat: 'ambassador', embassy: 'embassy', mission: 'embassy',
  consulate: 'consulate', consul: 'consulate', attache: 'attache',
};
const ROLE_WORD = new RegExp(Object.keys(ROLES).join('|'));
const COUNTRIES = /^(cuba|russia|ukraine|america|belarus|kazakhstan|serbia|venezuela|china|poland|spain|mexico|britain|france|germany|europe)$/;

function country(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.replace(/'s$/, '');
  const c = DEMONYMS.get(w) ?? ALIASES.get(w) ?? w;
  return COUNTRIES.test(c) ? c : undefined;
}

/** The country-to-country roles stated in `text`: a role word with a country up to three words before it (or "of X") and "in/to/at X" after it. */
export function roleRelations(text: string): RoleRelation[] {
  const folded = fold(text);
  // Most texts name no role: a role word is a run of the folded text, so it is a substring of it.
  if (!ROLE_WORD.test(folded)) return [];
  const ws = folded.replace(/\u2019/g, "'").match(/[a-z']+/g) ?? [];
  const out: RoleRelation[] = [];
  for (let i = 0; i < ws.length; i++) {
    const role = ROLES[ws[i]];
    if (!role) continue;
    let of: string | undefined;
    for (let j = i - 1; j >= Math.max(0, i - 3) && !of; j--) of = country(ws[j]);
    let k = i + 1;
    if (!of && ws[k] === 'of') {
      k += ws[k + 1] === 'the' ? 2 : 1;
      of = country(ws[k]);
      k++;
    }
    if (!['in', 'to', 'at'].includes(ws[k] ?? '')) continue;
    k += ws[k + 1] === 'the' ? 2 : 1;
    const at = country(ws[k]);
    if (of && at && of !== at) out.push({ role, of, at });
  }
  return out;
}

/** Why the sentence's role contradicts the claim's (the same role, the countries swapped or changed), or undefined. */
export function roleConflict(sentence: readonly RoleRelation[], claim: readonly RoleRelation[]): string | undefined {
  for (const s of sentence) {
    const same = claim.filter((c) => c.role === s.role);
    if (same.length === 0 || same.some((c) => c.of === s.of && c.at === s.at)) continue;
    const c = same[0];
    return `the sentence makes it ${s.of}'s ${s.role} in ${s.at} where the claim has ${c.of}'s ${c.role} in ${c.at}`;
  }
  return undefined;
}
