// A synthetic corpus for the worker tests: seeded, so a size always gives the same files. Each YAML
// file holds up to `perFile` claims of one source; each source is a Markdown file with front matter.
// Words are drawn from a few hundred stems, so postings have a realistic spread of lengths.

const WORDS = `minister ministry army soldiers recruits contract citizenship passport visa border court trial
prison sentence arrest police report newspaper outlet agency reporter editor statement spokesman official
government parliament election vote campaign party opposition protest strike union workers wages salary
price inflation market export import trade sanctions embassy consul treaty summit meeting delegation
hospital doctor vaccine clinic school teacher students university budget deficit loan bank currency
harbour airport flight ship cargo fuel oil gas power outage blackout drought harvest sugar tobacco coffee
village city province region district capital coast island mountain river bridge road railway station
trafficking network ring recruiter broker smuggler migrant refugee asylum deportation exile dissident
journalist blogger activist lawyer judge prosecutor witness victim family mother father brother sister
uniform weapon rifle tank drone missile front trench battalion brigade regiment commander general
colonel officer volunteer mercenary deployment training camp barracks wound casualty funeral memorial
interview broadcast video photo document leak archive decree law amendment constitution reform policy`.split(/\s+/);
const NAMES = `Ana Pedro Maria José Elena Viktor Olga Sergei Irina Dmitri Carmen Luis Rosa Jorge Mónica Raúl Yolanda
Natalia Pavel Svetlana Andrei Tatiana Nikolai Fidel Marta Osvaldo Lourdes Ernesto Camila Diego Valentina`.split(/\s+/);
const SURNAMES = `Petrova Ivanov Smirnov Kuznetsova Popov García Rodríguez Martínez Hernández López González Pérez
Sánchez Ramírez Torres Flores Rivera Gómez Díaz Cruz Morales Ortiz Gutiérrez Castro Vargas Milián Koronelli`.split(/\s+/);
const PLACES = `Havana Moscow Kyiv Minsk Caracas Managua Madrid Berlin Warsaw Rome Ankara Athens Beijing Tokyo Cairo Lagos
Nairobi Lima Bogotá Santiago Matanzas Holguín Ryazan Kharkiv Odesa Lviv Gomel Brest`.split(/\s+/);
const SYLLABLES = 'ka lo mi ne ru sa to vi ze bor dan gel hov kir lum mar nix pol qua rin sel tov ur vel wyn xa yor zum'.split(' ');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** mulberry32, seeded. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    let t = (state = (state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticCorpus {
  /** Path (relative, `/`-separated) → file text. */
  readonly files: ReadonlyMap<string, string>;
  readonly claims: number;
}

/** `claims` claims in YAML files of `perFile` claims each, one Markdown source per YAML file. */
export function syntheticCorpus(claims: number, perFile = 100, seed = 1): SyntheticCorpus {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  // Most words come from the common list, some from a long tail of invented ones (a real corpus's rare names and terms).
  const rare = Array.from({ length: 40_000 }, () => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES) + (next() < 0.5 ? pick(SYLLABLES) : ''));
  const word = (): string => (next() < 0.25 ? rare[Math.floor(next() ** 2 * rare.length)] : pick(WORDS));
  const words = (n: number): string => Array.from({ length: n }, word).join(' ');
  const person = (): string => `${pick(NAMES)} ${pick(SURNAMES)}`;
  const files = new Map<string, string>();
  for (let f = 0, made = 0; made < claims; f++) {
    const source = `source-${f}`;
    files.set(
      `sources/${source}.md`,
      `---\nid: ${source}\ntitle: "${words(6)}"\noutlet: ${pick(SURNAMES)} ${pick(['Daily', 'Times', 'Herald', 'Post'])}\npublished: 20${10 + (f % 14)}-0${1 + (f % 9)}\nkind: news report\n---\nNotes on ${words(12)}.\n`,
    );
    const lines = [`# Claims of ${source}.`, 'claims:'];
    for (let i = 0; i < perFile && made < claims; i++, made++) {
      const who = person();
      const figure = Math.floor(next() * 5000);
      const text = `${who} said ${figure} ${pick(WORDS)} in ${pick(PLACES)} were ${words(8)} in ${pick(MONTHS)} 20${10 + (made % 14)}.`;
      lines.push(
        `  - id: claim-${made}`,
        `    text: ${text}`,
        `    source: ${source}`,
        `    quote: "${words(14)} ${figure} ${words(6)}"`,
        `    attributedTo: ${who}`,
        `    tags: [${pick(WORDS)}, ${pick(WORDS)}]`,
      );
      if (made > 0 && next() < 0.1) lines.push(`    contradicts: [claim-${Math.floor(next() * made)}]`);
      if (next() < 0.3) lines.push(`    date: 20${10 + (made % 14)}-0${1 + (made % 9)}-1${made % 10}`);
      lines.push('');
    }
    files.set(`claims/${source}.yaml`, lines.join('\n'));
  }
  return { files, claims };
}
