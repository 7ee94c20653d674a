// CSL-JSON for the sources and claims a draft cites, so `pandoc --citeproc --bibliography refs.json`
// can format the references. Spec: https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html
import type { Corpus } from '../corpus/types';
import type { Claim, Source, SourceKind } from '../model';

export interface CslName {
  readonly family?: string;
  readonly given?: string;
  readonly 'non-dropping-particle'?: string;
  readonly suffix?: string;
  /** An organisation, or a name that cannot be split reliably. */
  readonly literal?: string;
}

export type CslDate = { readonly 'date-parts': number[][] } | { readonly raw: string };

export interface CslItem {
  readonly id: string;
  readonly type: 'article-newspaper' | 'article';
  readonly title?: string;
  readonly 'container-title'?: string;
  readonly author?: CslName[];
  readonly translator?: CslName[];
  readonly issued?: CslDate;
  readonly URL?: string;
  readonly language?: string;
  readonly genre?: string;
  /** Claims only: the claim's text. */
  readonly abstract?: string;
  /** Claims only: the quote and who it is attributed to. */
  readonly note?: string;
  /** Claims only: the date of the event the claim is about. */
  readonly 'event-date'?: CslDate;
}

export interface Bibliography {
  /** One entry per cited id, in order of first citation. */
  readonly items: CslItem[];
  /** Cited ids that are neither a claim nor a source of the corpus, in order of first citation. */
  readonly unknown: string[];
}

/**
 * CSL-JSON entries for every id in `citedIds` (duplicates ignored): a source becomes an entry with its
 * own metadata; a claim becomes an entry with id = the claim id, its source's metadata, the claim's
 * text as `abstract` and its quote as `note`. Ids the corpus does not know are listed in `unknown`.
 */
export function buildBibliography(corpus: Corpus, citedIds: Iterable<string>): Bibliography {
  const items: CslItem[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const id of citedIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const claim = corpus.claims.get(id);
    const source = corpus.sources.get(id);
    if (claim) items.push(claimToCsl(claim, corpus.sources.get(claim.source)));
    else if (source) items.push(sourceToCsl(source));
    else unknown.push(id);
  }
  return { items, unknown };
}

/** The CSL-JSON file text for `items`: pretty-printed, ending with a newline. */
export function formatCslJson(items: readonly CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** A source as a CSL entry (id = the source id unless `id` is given). */
export function sourceToCsl(source: Source, id = source.id): CslItem {
  const item: Record<string, unknown> = { id, type: cslType(source.kind), title: source.title, 'container-title': source.outlet };
  if (source.author?.trim()) item.author = parseNames(source.author);
  if (source.translator?.trim()) item.translator = parseNames(source.translator);
  const issued = source.published ? cslDate(source.published) : undefined;
  if (issued) item.issued = issued;
  if (source.url?.trim()) item.URL = source.url.trim();
  if (source.language?.trim()) item.language = source.language.trim();
  if (source.kind === 'opinion' || source.kind === 'official statement') item.genre = source.kind;
  return item as unknown as CslItem;
}

/**
 * A claim as a CSL entry: its source's metadata under the claim's id, plus the claim's text
 * (`abstract`), quote (`note`) and event date. A claim whose source is unknown gets a bare entry
 * titled with its text, so a citation of it still resolves.
 */
export function claimToCsl(claim: Claim, source: Source | undefined): CslItem {
  const base: Record<string, unknown> = source
    ? { ...sourceToCsl(source, claim.id) }
    : { id: claim.id, type: 'article', title: claim.text, author: [{ literal: claim.attributedTo }] };
  base.abstract = claim.text;
  base.note = `“${claim.quote}” (attributed to ${claim.attributedTo})`;
  const event = claim.date ? cslDate(claim.date) : undefined;
  if (event) base['event-date'] = event;
  return base as unknown as CslItem;
}

function cslType(kind: SourceKind | undefined): CslItem['type'] {
  return kind === 'news report' || kind === 'opinion' || kind === 'translation' ? 'article-newspaper' : 'article';
}

/**
 * An ISO date (YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by a time) as CSL date-parts;
 * `{ raw }` for any other text, so a date written some other way is still carried over.
 * Returns undefined for blank text.
 */
export function cslDate(value: string): CslDate | undefined {
  const text = value.trim();
  if (!text) return undefined;
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:$|[T ])/.exec(text);
  if (!match) return { raw: text };
  const parts = [Number(match[1])];
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return { raw: text };
    parts.push(month);
    if (match[3] !== undefined) {
      const day = Number(match[3]);
      if (day < 1 || day > 31) return { raw: text };
      parts.push(day);
    }
  }
  return { 'date-parts': [parts] };
}

const ORGANISATION_WORDS = new Set(
  ('news newsroom agency agencia agence ministry ministerio department office government gobierno staff press presse ' +
    'institute instituto university universidad association committee council bureau service services desk editors ' +
    'editorial board foundation fundación organisation organization network media group party union company corporation ' +
    'inc inc. ltd ltd. llc co. times post daily journal tribune herald gazette review magazine radio television tv channel ' +
    'reuters embassy church club team center centre commission court police army navy forces parliament assembly senate ' +
    'congress republic federation national international bank fund program programme project watch reporters ' +
    'correspondents writers contributors wire observatory observatorio')
    .split(' '),
);
const PARTICLES = new Set('van von de der den del della des di da do dos das du la le ter ten bin ibn al el'.split(' '));
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/**
 * Names as CSL names. A value that looks like an organisation (see {@link isOrganisation}) stays one
 * `literal`. Otherwise it is split into people on `;`, ` and ` and ` & ` (and on commas when every
 * piece has two words or more), each read by {@link parseName}.
 */
export function parseNames(value: string): CslName[] {
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  if (hasOrganisationMarks(text)) return [{ literal: text }];
  const people = text.split(/\s*;\s*|\s+(?:and|&)\s+/i).flatMap((part) => {
    const pieces = part.split(/\s*,\s*/).filter(Boolean);
    return pieces.length > 1 && pieces.every((p) => p.split(' ').length >= 2) ? pieces : [part];
  });
  return people.filter(Boolean).map(parseName);
}

/**
 * One name as a CSL name: "Family, Given" and "Given Family" are split (lower-case particles such as
 * "van" or "de" before the family name become `non-dropping-particle`; "Jr." becomes `suffix`); a
 * single word or an organisation becomes a `literal`. A compound family name written "Given Family
 * Family" cannot be told apart from a middle name: write it "Family Family, Given".
 */
export function parseName(value: string): CslName {
  const text = value.replace(/\s+/g, ' ').trim();
  if (isOrganisation(text)) return { literal: text };
  const comma = text.split(/\s*,\s*/);
  if (comma.length === 2 && comma[0] && comma[1]) {
    if (SUFFIX.test(comma[1])) return { ...parseName(comma[0]), suffix: comma[1] };
    return splitParticle(comma[0], comma[1]);
  }
  const words = text.split(' ');
  let suffix: string | undefined;
  if (words.length > 2 && SUFFIX.test(words[words.length - 1]!)) suffix = words.pop();
  if (words.length < 2) return { literal: text };
  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLES.has(words[familyStart - 1]!)) familyStart--;
  const name: Record<string, string> = { family: words[words.length - 1]!, given: words.slice(0, familyStart).join(' ') };
  const particle = words.slice(familyStart, words.length - 1).join(' ');
  if (particle) name['non-dropping-particle'] = particle;
  if (suffix) name.suffix = suffix;
  return name;
}

function splitParticle(familyPart: string, given: string): CslName {
  const words = familyPart.split(' ');
  let i = 0;
  while (i < words.length - 1 && PARTICLES.has(words[i]!)) i++;
  const particle = words.slice(0, i).join(' ');
  const family = words.slice(i).join(' ');
  return particle ? { family, given, 'non-dropping-particle': particle } : { family, given };
}

/**
 * True when `name` reads as an organisation rather than a person: it has a single word, more than
 * five words, a digit, an all-capital acronym (EFE, BBC), an organisation word (agency, ministry,
 * newsroom, staff, …), or starts with "The".
 */
export function isOrganisation(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length <= 1 || words.length > 5 || hasOrganisationMarks(name);
}

function hasOrganisationMarks(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (/\d/.test(text) || /^the$/i.test(words[0]!)) return true;
  return words.some((word) => {
    const bare = word.replace(/^[("']+|[)"',;:.]+$/g, '');
    if (/^[A-ZÀ-Þ&]{2,}$/.test(bare) && !SUFFIX.test(bare)) return true;
    return ORGANISATION_WORDS.has(bare.toLowerCase());
  });
}
