// The synthetic facts behind the benchmark corpus, and the ways of writing each one: as a claim's text,
// as the verbatim quote, as a writer's paraphrase, as a sentence that contradicts it. Kept as data
// so a draft sentence can restate or contradict a claim without string surgery on the claim's text.
import type { Random } from './random';
import { ACTIONS, BODIES, CONDITIONS, COUNTRIES, EXTRA_QUOTE_SENTENCES, INTERNATIONAL, MONTHS, POPULATIONS, PROJECTS, SAID, TOPICS, type Action, type Country } from './vocabulary';

export interface Person {
  readonly first: string;
  readonly last: string;
  readonly role: string;
  readonly country: Country;
}

/** Who asserts a fact: a person, or a national or international body. */
export type Actor =
  | { readonly kind: 'person'; readonly person: Person }
  | { readonly kind: 'body'; readonly name: string; readonly country?: Country };

export interface When {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export type Qualifier = '' | 'at least' | 'more than' | 'nearly' | 'about' | 'fewer than';

export interface Amount {
  readonly value: number;
  readonly qualifier: Qualifier;
  /** Dollars, written "$451 million". */
  readonly money?: boolean;
}

export type Fact =
  | { readonly kind: 'count'; readonly actor: Actor; readonly agent: string; readonly action: Action; readonly object: string; readonly amount: Amount; readonly place: string; readonly country: Country; readonly when: When; readonly passive: boolean }
  | { readonly kind: 'loan'; readonly actor: Actor; readonly lender: Country; readonly borrower: Country; readonly amount: Amount; readonly project: string; readonly when: When }
  | { readonly kind: 'trade'; readonly actor: Actor; readonly a: Country; readonly b: Country; readonly amount: Amount; readonly when: When }
  | { readonly kind: 'meeting'; readonly host: Person; readonly guest: Person; readonly city: string; readonly topic: string; readonly when: When }
  | { readonly kind: 'denial'; readonly actor: Actor; readonly country: Country; readonly action: Action; readonly object: string; readonly target: Country; readonly confirmed: boolean; readonly when: When }
  | { readonly kind: 'percent'; readonly actor: Actor; readonly pct: number; readonly qualifier: Qualifier; readonly population: string; readonly condition: number; readonly place: string; readonly when: When };

const AGENTS = ['police', 'the army', 'border guards', 'the authorities', 'volunteers', 'customs officers', 'the coast guard', 'the government'];

// ---------------------------------------------------------------------------------------------------------
// Making facts

/** A random fact of a random kind about `country` in `year`, asserted by someone from `people` or a body. */
export function randomFact(rng: Random, country: Country, people: readonly Person[], year: number): Fact {
  const when = randomWhen(rng, year);
  const actor = randomActor(rng, country, people);
  const other = () => {
    let c = rng.pick(COUNTRIES);
    while (c === country) c = rng.pick(COUNTRIES);
    return c;
  };
  switch (rng.weighted([40, 12, 8, 14, 10, 12])) {
    case 0: {
      const action = rng.pick(ACTIONS);
      return {
        kind: 'count', actor, agent: rng.pick(AGENTS), action, object: rng.pick(action.objects), amount: randomAmount(rng, false),
        place: rng.chance(0.5) ? country.capital : rng.pick(country.cities), country, when, passive: rng.chance(0.35),
      };
    }
    case 1:
      return { kind: 'loan', actor, lender: other(), borrower: country, amount: randomAmount(rng, true), project: rng.pick(PROJECTS), when };
    case 2:
      return { kind: 'trade', actor, a: country, b: other(), amount: randomAmount(rng, true), when: { year: when.year } };
    case 3: {
      const host = rng.pick(people);
      let guest = rng.pick(people);
      while (guest === host) guest = rng.pick(people);
      return { kind: 'meeting', host, guest, city: rng.chance(0.6) ? host.country.capital : rng.pick(host.country.cities), topic: rng.pick(TOPICS), when };
    }
    case 4: {
      const action = rng.pick(ACTIONS.filter((a) => a.base === 'send' || a.base === 'recruit' || a.base === 'train' || a.base === 'deport'));
      return { kind: 'denial', actor, country, action, object: rng.pick(action.objects), target: other(), confirmed: rng.chance(0.3), when };
    }
    default:
      return {
        kind: 'percent', actor, pct: rng.int(3, 92), qualifier: rng.pick(['', '', 'nearly', 'about', 'more than'] as const),
        population: rng.pick(POPULATIONS), condition: rng.int(0, CONDITIONS.length - 1), place: rng.chance(0.4) ? country.name : rng.pick(country.cities),
        when: { year: when.year },
      };
  }
}

function randomActor(rng: Random, country: Country, people: readonly Person[]): Actor {
  if (rng.chance(0.6)) {
    // Mostly people of the country the fact is about.
    for (let tries = 0; tries < 8; tries++) {
      const person = rng.pick(people);
      if (person.country === country || tries === 7) return { kind: 'person', person };
    }
  }
  return rng.chance(0.85) ? { kind: 'body', name: rng.pick(BODIES), country } : { kind: 'body', name: rng.pick(INTERNATIONAL) };
}

function randomWhen(rng: Random, year: number): When {
  const month = rng.int(1, 12);
  const r = rng.next();
  if (r < 0.55) return { year, month, day: rng.int(1, 28) };
  if (r < 0.85) return { year, month };
  return { year };
}

const ROUND = [1, 2, 3, 5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 76, 80, 100, 120, 122, 150, 200, 250, 300, 400, 451, 500, 600, 750, 900];

/** A count or sum as news copy writes them: round or exact, with a qualifier about half the time. */
export function randomAmount(rng: Random, money: boolean): Amount {
  const scale = money ? 1 : rng.pick([1, 1, 1, 10, 100, 1000]);
  const base = rng.chance(0.6) ? rng.pick(ROUND) : rng.int(2, 999);
  const value = money ? base : base * scale;
  const qualifier = rng.pick<Qualifier>(['', '', '', 'at least', 'more than', 'nearly', 'about', 'fewer than']);
  return { value, qualifier: money && qualifier === 'fewer than' ? '' : qualifier, money };
}

/** The same fact as another source reports it: another figure, so the two claims contradict each other. */
export function rivalFact(rng: Random, fact: Fact): Fact | undefined {
  switch (fact.kind) {
    case 'count':
    case 'loan':
    case 'trade':
      return { ...fact, amount: otherAmount(rng, fact.amount) };
    case 'percent':
      return { ...fact, pct: otherPercent(rng, fact.pct), qualifier: '' };
    case 'meeting':
      return { ...fact, when: otherWhen(rng, fact.when) };
    case 'denial':
      return { ...fact, confirmed: !fact.confirmed };
  }
}

/** The same fact with a looser figure ("at least" a lower number): it qualifies the original. */
export function qualifyingFact(fact: Fact): Fact | undefined {
  if (fact.kind === 'count' || fact.kind === 'loan' || fact.kind === 'trade') {
    const lower = Math.max(1, Math.round(fact.amount.value * 0.8));
    return { ...fact, amount: { ...fact.amount, value: lower, qualifier: 'at least' } };
  }
  return undefined;
}

/** A figure that no reading of `a` allows: several times larger or smaller, qualifier changed. */
export function otherAmount(rng: Random, a: Amount): Amount {
  const up = a.qualifier === 'fewer than' || rng.chance(0.6);
  let value = up ? Math.round(a.value * rng.pick([2, 3, 4, 5])) : Math.max(1, Math.round(a.value / rng.pick([3, 4, 5])));
  if (value === a.value) value = a.value + 7;
  const qualifier: Qualifier = up ? rng.pick(['', 'more than', 'at least']) : rng.pick(['', 'fewer than', 'about']);
  return { value: tidy(value), qualifier, money: a.money };
}

function otherPercent(rng: Random, pct: number): number {
  return pct > 50 ? pct - rng.int(20, 40) : pct + rng.int(20, 40);
}

function otherWhen(rng: Random, when: When): When {
  return { ...when, year: when.year + (rng.chance(0.5) ? -rng.int(1, 3) : rng.int(1, 3)) };
}

/** Round big numbers the way reporters do (76,412 → 76,000). */
function tidy(n: number): number {
  if (n >= 10_000) return Math.round(n / 1000) * 1000;
  if (n >= 1000) return Math.round(n / 100) * 100;
  return n;
}

// ---------------------------------------------------------------------------------------------------------
// Writing facts

export function fullName(p: Person): string {
  return `${p.first} ${p.last}`;
}

/** "Cuban interior minister Ana Petrova", "Cuba's Ministry of Health", "the World Bank". */
export function actorPhrase(actor: Actor): string {
  if (actor.kind === 'person') return `${actor.person.country.demonym} ${actor.person.role} ${fullName(actor.person)}`;
  return actor.country ? `${possessive(actor.country.name)} ${actor.name}` : actor.name;
}

/** A shorter way to name the actor once introduced: the surname, or the body. */
export function actorShort(actor: Actor): string {
  return actor.kind === 'person' ? fullName(actor.person) : actorPhrase(actor);
}

export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

export function amountText(a: Amount): string {
  const q = a.qualifier ? `${a.qualifier} ` : '';
  if (!a.money) return `${q}${a.value.toLocaleString('en-US')}`;
  return a.value >= 1000 ? `${q}$${(a.value / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} billion` : `${q}$${a.value} million`;
}

/** A qualifier a paraphrase may use for the same figure: "at least" ↔ "no fewer than", "about" ↔ "roughly". */
function sameAmount(rng: Random, a: Amount): Amount {
  const alt: Partial<Record<Qualifier, readonly Qualifier[]>> = { 'at least': ['at least', 'more than'], about: ['about'], nearly: ['nearly'] };
  const options = alt[a.qualifier];
  return options ? { ...a, qualifier: rng.pick(options) } : a;
}

/** "on March 4, 2021", "in March 2021", "in 2021". */
export function whenText(w: When): string {
  if (w.month && w.day) return `on ${MONTHS[w.month - 1]} ${w.day}, ${w.year}`;
  if (w.month) return `in ${MONTHS[w.month - 1]} ${w.year}`;
  return `in ${w.year}`;
}

/** The `date` field: YYYY-MM-DD, YYYY-MM or YYYY. */
export function isoDate(w: When): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return w.month ? (w.day ? `${w.year}-${pad(w.month)}-${pad(w.day)}` : `${w.year}-${pad(w.month)}`) : String(w.year);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The claim's text: one statement in the corpus authors' words. */
export function claimText(f: Fact): string {
  return capitalise(claimTextOf(f));
}

function claimTextOf(f: Fact): string {
  switch (f.kind) {
    case 'count':
      return f.passive
        ? `${actorPhrase(f.actor)} said ${amountText(f.amount)} ${f.object} were ${f.action.passive} in ${f.place} ${whenText(f.when)}.`
        : `${actorPhrase(f.actor)} said ${f.agent} ${f.action.past} ${amountText(f.amount)} ${f.object} in ${f.place} ${whenText(f.when)}.`;
    case 'loan':
      return `${actorPhrase(f.actor)} said ${f.lender.name} agreed to lend ${f.borrower.name} ${amountText(f.amount)} for ${f.project} ${whenText(f.when)}.`;
    case 'trade':
      return `${actorPhrase(f.actor)} said trade between ${f.a.name} and ${f.b.name} reached ${amountText(f.amount)} ${whenText(f.when)}.`;
    case 'meeting':
      return `${f.host.country.demonym} ${f.host.role} ${fullName(f.host)} met ${f.guest.country.demonym} ${f.guest.role} ${fullName(f.guest)} in ${f.city} ${whenText(f.when)} to discuss ${f.topic}.`;
    case 'denial':
      return f.confirmed
        ? `${actorPhrase(f.actor)} confirmed that ${f.country.name} had ${f.action.past} ${f.object} to ${f.target.name}.`
        : `${actorPhrase(f.actor)} denied that ${f.country.name} had ${f.action.past} ${f.object} to ${f.target.name}.`;
    case 'percent':
      return `${actorPhrase(f.actor)} reported that ${f.qualifier ? `${f.qualifier} ` : ''}${f.pct} percent of ${f.population} in ${f.place} ${CONDITIONS[f.condition]![0]} ${whenText(f.when)}.`;
  }
}

/** The verbatim evidence: one or two sentences in the asserter's voice, sharing most words with the claim. */
export function quoteText(rng: Random, f: Fact): string {
  const extra = rng.chance(0.4) ? ` ${rng.pick(EXTRA_QUOTE_SENTENCES)}` : '';
  const who = 'actor' in f ? (f.actor.kind === 'person' ? f.actor.person.last : 'the statement') : f.host.last;
  switch (f.kind) {
    case 'count':
      return `${capitalise(f.agent)} ${f.action.past} ${amountText(f.amount)} ${f.object} in ${f.place}, ${who} said.${extra}`;
    case 'loan':
      return `${f.lender.name} will provide ${amountText(f.amount)} in credit to ${f.borrower.name} for ${f.project}.${extra}`;
    case 'trade':
      return `Our trade with ${f.b.name} reached ${amountText(f.amount)} last year, the highest figure in a decade.${extra}`;
    case 'meeting':
      return `${f.guest.last} and ${f.host.last} held talks in ${f.city} on ${f.topic}, the ministry said.${extra}`;
    case 'denial':
      return f.confirmed
        ? `We can confirm that ${f.object} were ${f.action.passive} to ${f.target.name}.${extra}`
        : `${f.country.name} has not ${f.action.past} ${f.object} to ${f.target.name} and will not do so.${extra}`;
    case 'percent':
      return `According to the survey, ${f.qualifier ? `${f.qualifier} ` : ''}${f.pct}% of ${f.population} ${CONDITIONS[f.condition]![0]}.${extra}`;
  }
}

/** Who the claim says asserts it, for `attributedTo`. */
export function attribution(f: Fact, outlet: string): string {
  if (f.kind === 'meeting') return `${outlet}`;
  return f.actor.kind === 'person' ? `${fullName(f.actor.person)}, ${f.actor.person.country.demonym} ${f.actor.person.role}` : actorPhrase(f.actor);
}

/** A few words for the claim's id: who, what, the figure, where. */
export function idWords(f: Fact): string[] {
  const who = (a: Actor) => (a.kind === 'person' ? a.person.last : `${a.country?.name ?? ''} ${a.name.replace(/^the /, '')}`);
  switch (f.kind) {
    case 'count':
      return [who(f.actor), f.action.past, String(f.amount.value), f.object, f.place];
    case 'loan':
      return [f.lender.name, 'loan', f.borrower.name, String(f.amount.value), f.project];
    case 'trade':
      return [f.a.name, f.b.name, 'trade', String(f.amount.value), String(f.when.year)];
    case 'meeting':
      return [f.host.last, 'met', f.guest.last, f.city];
    case 'denial':
      return [who(f.actor), f.confirmed ? 'confirmed' : 'denied', f.country.name, f.action.past, f.object];
    case 'percent':
      return [who(f.actor), String(f.pct), 'percent', f.population, CONDITIONS[f.condition]![0]];
  }
}

/** A writer's restatement: clauses reordered, verbs swapped for synonyms, the figure and date kept. */
export function paraphrase(rng: Random, f: Fact): string {
  return capitalise(paraphraseOf(rng, f));
}

function paraphraseOf(rng: Random, f: Fact): string {
  const said = rng.pick(SAID);
  switch (f.kind) {
    case 'count': {
      const verb = rng.chance(0.6) ? rng.pick(f.action.synonyms) : f.action.past;
      const amount = amountText(sameAmount(rng, f.amount));
      return rng.chance(0.5)
        ? `${capitalise(whenText(f.when))}, ${f.agent} in ${f.place} ${verb} ${amount} ${f.object}, according to ${actorShort(f.actor)}.`
        : `${capitalise(f.agent)} ${verb} ${amount} ${f.object} in ${f.place} ${whenText(f.when)}, ${actorShort(f.actor)} ${said}.`;
    }
    case 'loan':
      return rng.chance(0.5)
        ? `${f.borrower.name} will receive a loan of ${amountText(sameAmount(rng, f.amount))} from ${f.lender.name} for ${f.project}, ${actorShort(f.actor)} ${said}.`
        : `${capitalise(whenText(f.when))}, ${f.lender.name} agreed to lend ${amountText(sameAmount(rng, f.amount))} to ${f.borrower.name} for ${f.project}.`;
    case 'trade':
      return rng.chance(0.5)
        ? `${capitalise(whenText(f.when))}, commerce between ${f.b.name} and ${f.a.name} reached ${amountText(sameAmount(rng, f.amount))}.`
        : `${f.a.demonym} trade with ${f.b.name} grew to ${amountText(sameAmount(rng, f.amount))} ${whenText(f.when)}, according to ${actorShort(f.actor)}.`;
    case 'meeting':
      return rng.chance(0.5)
        ? `${capitalise(whenText(f.when))}, ${fullName(f.guest)} held talks with ${fullName(f.host)} in ${f.city} about ${f.topic}.`
        : `${fullName(f.host)} and ${fullName(f.guest)} met in ${f.city} ${whenText(f.when)} to discuss ${f.topic}.`;
    case 'denial':
      return f.confirmed
        ? `${actorShort(f.actor)} acknowledged that ${f.country.name} had ${rng.pick(f.action.synonyms)} ${f.object} to ${f.target.name}.`
        : `${actorShort(f.actor)} rejected reports that ${f.country.name} had ${rng.pick(f.action.synonyms)} ${f.object} to ${f.target.name}.`;
    case 'percent':
      return `${capitalise(whenText(f.when))}, ${f.qualifier ? `${f.qualifier} ` : ''}${f.pct} percent of ${f.population} in ${f.place} ${CONDITIONS[f.condition]![1]}, ${actorShort(f.actor)} ${said}.`;
  }
}

/** A sentence that gets the fact wrong: another figure, another year, or the opposite stance. */
export function contradiction(rng: Random, f: Fact): string {
  return capitalise(contradictionOf(rng, f));
}

function contradictionOf(rng: Random, f: Fact): string {
  switch (f.kind) {
    case 'count':
    case 'loan':
    case 'trade':
      return rng.chance(0.75) ? paraphrase(rng, { ...f, amount: otherAmount(rng, f.amount) }) : paraphrase(rng, { ...f, when: otherWhen(rng, f.when) });
    case 'percent':
      return paraphrase(rng, { ...f, pct: otherPercent(rng, f.pct), qualifier: '' });
    case 'meeting':
      return paraphrase(rng, { ...f, when: otherWhen(rng, f.when) });
    case 'denial':
      return f.confirmed
        ? `${actorShort(f.actor)} said ${f.country.name} had never ${f.action.past} any ${f.object} to ${f.target.name}.`
        : `${actorShort(f.actor)} confirmed that ${f.country.name} had ${f.action.past} ${f.object} to ${f.target.name}.`;
  }
}

/**
 * A contradiction a careful reader would call one, for the labelled sentences: the changed slot is
 * always written (every paraphrase states the figure; a meeting's always states its date), and a
 * figure moves where no reading of the original allows it ("more than 50" goes down, never to 100).
 */
export function clearContradiction(rng: Random, f: Fact): string {
  switch (f.kind) {
    case 'count':
    case 'loan':
    case 'trade': {
      // Nothing is below "at least 2": such a fact is contradicted by its date, which these paraphrases write.
      if (isLowerBound(f.amount.qualifier) && f.amount.value < 3 && f.kind !== 'loan') return paraphrase(rng, { ...f, when: { ...f.when, year: f.when.year + rng.int(1, 3) } });
      return paraphrase(rng, { ...f, amount: incompatibleAmount(rng, f.amount) });
    }
    case 'percent': {
      const down = isLowerBound(f.qualifier) || (f.qualifier !== 'fewer than' && f.pct > 50);
      return paraphrase(rng, { ...f, pct: down ? Math.max(1, f.pct - rng.int(20, 40)) : f.pct + rng.int(20, 40), qualifier: '' });
    }
    default:
      return contradiction(rng, f);
  }
}

/** A figure outside every reading of `a`: below a lower bound, above an upper one, far from an estimate. */
function incompatibleAmount(rng: Random, a: Amount): Amount {
  const up = a.qualifier === 'fewer than' || (!isLowerBound(a.qualifier) && (a.value < 3 || rng.chance(0.5)));
  if (up) return { value: tidy(Math.round(a.value * rng.pick([2, 3, 4, 5]))), qualifier: rng.pick(['', 'more than', 'at least']), money: a.money };
  const value = Math.max(1, Math.round(a.value / rng.pick([3, 4, 5])));
  return { value: value === a.value ? Math.max(1, a.value - 1) : value, qualifier: a.money ? rng.pick(['', 'about']) : rng.pick(['', 'fewer than', 'about']), money: a.money };
}

/** "At least" and "more than" allow any larger figure: only a smaller one contradicts them. */
function isLowerBound(q: Qualifier): boolean {
  return q === 'at least' || q === 'more than';
}

/** A sentence about the same actor that states a fact the corpus does not have. */
export function sameActorNewFact(rng: Random, f: Fact): string {
  return capitalise(sameActorNewFactOf(rng, f));
}

function sameActorNewFactOf(rng: Random, f: Fact): string {
  const who = f.kind === 'meeting' ? fullName(f.host) : f.actor.kind === 'person' ? fullName(f.actor.person) : `a delegation from ${actorPhrase(f.actor)}`;
  const country = f.kind === 'trade' ? f.a : f.kind === 'loan' ? f.borrower : f.kind === 'meeting' ? f.host.country : f.kind === 'percent' ? rng.pick(COUNTRIES) : f.country;
  return rng.pick([
    `${who} later travelled to ${rng.pick(country.cities)} for talks on ${rng.pick(TOPICS)}.`,
    `${who} had previously ${SAID[rng.int(0, 2)]} that ${rng.int(2, 90) * 10} ${rng.pick(['families', 'workers', 'students'])} were waiting for ${rng.pick(PROJECTS)}.`,
    `A week later, ${who} announced a review of ${rng.pick(TOPICS)} policy.`,
  ]);
}
