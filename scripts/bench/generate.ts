// Writes the benchmark's synthetic corpora and drafts under .bench/ (gitignored), in the real corpus
// format: one Markdown file with front matter per source, YAML claims files of about 500 claims, a
// 10,000-word draft that restates, contradicts and goes beyond the corpus, and labelled sentences to
// score the checker on. Deterministic: a size always gives the same bytes, so figures from different
// commits measure the same work.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  attribution, claimText, clearContradiction, contradiction, idWords, isoDate, paraphrase, qualifyingFact, quoteText, randomFact, rivalFact,
  sameActorNewFact, type Fact, type Person, type When,
} from './facts';
import type { Claim } from '../../src/core/model';
import type { Example, Label } from '../labelScores';
import { Random } from './random';
import { COUNTRIES, FIRST_NAMES, LAST_NAMES, OPINIONS, OUTLETS, ROLES, TAGS, TOPICS, TRANSITIONS, type Country } from './vocabulary';

/** Bumped whenever the output changes, so stale corpora on disk are rebuilt. */
const GENERATOR_VERSION = 3;
const CLAIMS_PER_FILE = 500;
const DRAFT_WORDS = 10_000;
const SOURCE_KINDS = ['news report', 'news report', 'news report', 'opinion', 'official statement', 'translation'];

export interface BenchData {
  readonly corpusDir: string;
  readonly draftFile: string;
  /** Labelled sentences about this corpus (JSON Lines, labelScores.ts's Example): what the checker's accuracy at this size is measured on. */
  readonly labelledFile: string;
  readonly claims: number;
  readonly sources: number;
  readonly files: number;
  readonly bytes: number;
  readonly draftWords: number;
  /** Milliseconds spent generating, or 0 when the files on disk were reused. */
  readonly generatedMs: number;
}

/** A claim as the corpus holds it (before it has a place in a file), with the fact it was written from. */
interface GenClaim extends Omit<Claim, 'location'> {
  readonly fact: Fact;
}

interface GenSource {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  readonly author: string;
  readonly published: When;
  readonly url: string;
  readonly language: string;
  readonly kind: string;
  readonly country: Country;
  readonly claims: readonly GenClaim[];
}

/**
 * The corpus of `size` claims and its draft under `root` (`corpus-<size>/`, `draft-<size>.md`),
 * generated unless files from the same generator version are already there.
 */
export function ensureBenchData(root: string, size: number): BenchData {
  const corpusDir = join(root, `corpus-${size}`);
  const draftFile = join(root, `draft-${size}.md`);
  const labelledFile = join(root, `labelled-${size}.jsonl`);
  // Not a corpus file name (.yaml/.yml/.md), so the loader never reads it.
  const stampFile = join(corpusDir, 'bench-stamp.json');
  if (existsSync(stampFile) && existsSync(draftFile) && existsSync(labelledFile)) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as Omit<BenchData, 'generatedMs'> & { version: number };
    if (stamp.version === GENERATOR_VERSION && stamp.claims === size) return { ...stamp, corpusDir, draftFile, labelledFile, generatedMs: 0 };
  }
  const started = performance.now();
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(join(corpusDir, 'sources'), { recursive: true });
  mkdirSync(join(corpusDir, 'claims'), { recursive: true });
  const rng = new Random(0x5eed0000 + size);
  const sources = makeCorpus(rng, size);
  const { files, bytes } = writeCorpus(corpusDir, sources);
  const draft = makeDraft(new Random(0xd4af7000 + size), sources);
  writeFileSync(draftFile, draft.text);
  writeFileSync(labelledFile, makeLabelled(new Random(0x1abe1000 + size), sources).map((e) => JSON.stringify(e)).join('\n') + '\n');
  const data = { corpusDir, draftFile, labelledFile, claims: size, sources: sources.length, files, bytes, draftWords: draft.words };
  writeFileSync(stampFile, JSON.stringify({ version: GENERATOR_VERSION, ...data }, null, 2));
  return { ...data, generatedMs: performance.now() - started };
}

// ---------------------------------------------------------------------------------------------------------
// The corpus

function makePeople(rng: Random, count: number, countryWeights: readonly number[]): Person[] {
  const seen = new Set<string>();
  const people: Person[] = [];
  while (people.length < count) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    if (seen.has(`${first} ${last}`)) continue;
    seen.add(`${first} ${last}`);
    people.push({ first, last, role: rng.pick(ROLES), country: COUNTRIES[rng.weighted(countryWeights)]! });
  }
  return people;
}

function makeCorpus(rng: Random, size: number): GenSource[] {
  // A few countries dominate, as in any real beat: Zipf-like weights.
  const countryWeights = COUNTRIES.map((_, i) => 1 / Math.pow(i + 1, 0.8));
  const people = makePeople(rng, Math.min(4000, Math.max(150, Math.round(size / 25))), countryWeights);
  const journalists = makePeople(rng, Math.min(800, Math.max(40, Math.round(size / 150))), countryWeights);
  const claimIds = new Set<string>();
  const sourceIds = new Set<string>();
  const sources: GenSource[] = [];
  // Facts other sources may report differently (recent ones: rival reports come close in time).
  const recent: GenClaim[] = [];
  let total = 0;
  while (total < size) {
    const country = COUNTRIES[rng.weighted(countryWeights)]!;
    const outlet = rng.pick(OUTLETS);
    const year = rng.int(2015, 2024);
    const published: When = { year, month: rng.int(1, 12), day: rng.int(1, 28) };
    const author = rng.pick(journalists);
    const topic = rng.pick(TOPICS);
    const id = unique(sourceIds, slug(`${outlet.replace(/^the /i, '')} ${author.last} ${topic} ${year}`, 8));
    const claims: GenClaim[] = [];
    const count = Math.min(size - total, rng.int(10, 50));
    for (let i = 0; i < count; i++) {
      let fact: Fact | undefined;
      let contradicts: string[] = [];
      let qualifies: string[] = [];
      const r = rng.next();
      const other = recent.length > 0 ? rng.pick(recent) : undefined;
      if (other && other.source !== id && r < 0.05) {
        fact = rivalFact(rng, other.fact);
        if (fact) contradicts = [other.id];
      } else if (other && other.source !== id && r < 0.08) {
        fact = qualifyingFact(other.fact);
        if (fact) qualifies = [other.id];
      }
      fact ??= randomFact(rng, rng.chance(0.8) ? country : COUNTRIES[rng.weighted(countryWeights)]!, people, rng.chance(0.85) ? year : year - 1);
      const when = 'when' in fact ? fact.when : undefined;
      const date = when && when.month && rng.chance(0.85) ? isoDate(when) : when && rng.chance(0.3) ? isoDate(when) : undefined;
      const tags = rng.sample(TAGS, rng.int(1, 3));
      if (rng.chance(0.5)) tags.push(slug(country.name, 3));
      const claim: GenClaim = {
        id: unique(claimIds, slug(idWords(fact).join(' '), 9)), fact, source: id, text: claimText(fact), quote: quoteText(rng, fact),
        attributedTo: attribution(fact, outlet), date, tags, contradicts, qualifies,
      };
      claims.push(claim);
      recent.push(claim);
      if (recent.length > 3000) recent.splice(0, 1000);
    }
    total += count;
    sources.push({
      id, title: headline(claims, country), outlet, author: `${author.first} ${author.last}`, published,
      url: `https://www.${slug(outlet, 4).replace(/-/g, '')}.example/${year}/${String(published.month).padStart(2, '0')}/${id}`,
      language: rng.chance(0.9) ? 'en' : rng.pick(['es', 'ru', 'fr']), kind: rng.pick(SOURCE_KINDS), country, claims,
    });
  }
  return sources;
}

/** The source's title: its first claim, cut short as headlines are. */
function headline(claims: readonly GenClaim[], country: Country): string {
  const first = claims[0]?.text.replace(/\.$/, '') ?? country.name;
  const words = first.split(' ');
  return words.length > 14 ? `${words.slice(0, 14).join(' ')}…` : first;
}

/** ASCII slug of the first `maxWords` words: lower case, accents dropped, hyphens between words. */
function slug(text: string, maxWords: number): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !['the', 'of', 'a', 'and', 'for', 'in', 'to'].includes(w))
    .slice(0, maxWords)
    .join('-');
}

function unique(seen: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
  seen.add(id);
  return id;
}

function writeCorpus(dir: string, sources: readonly GenSource[]): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const write = (path: string, text: string) => {
    writeFileSync(path, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  for (const s of sources) write(join(dir, 'sources', `${s.id}.md`), sourceFile(s));
  let batch: string[] = [];
  let inBatch = 0;
  let number = 0;
  const flush = () => {
    if (inBatch === 0) return;
    number++;
    write(join(dir, 'claims', `claims-${String(number).padStart(4, '0')}.yaml`), `# Synthetic claims for the Attest benchmark (generated by scripts/bench/generate.ts).\nclaims:\n${batch.join('\n')}`);
    batch = [];
    inBatch = 0;
  };
  for (const s of sources) {
    for (const c of s.claims) {
      batch.push(claimYaml(c));
      inBatch++;
    }
    if (inBatch >= CLAIMS_PER_FILE) flush();
  }
  flush();
  return { files, bytes };
}

function sourceFile(s: GenSource): string {
  return [
    '---',
    `id: ${s.id}`,
    `title: ${quoted(s.title)}`,
    `outlet: ${quoted(s.outlet)}`,
    `author: ${quoted(s.author)}`,
    `published: ${isoDate(s.published)}`,
    `url: ${quoted(s.url)}`,
    `language: ${s.language}`,
    `kind: ${s.kind}`,
    '---',
    `A ${s.kind} by ${s.author} for ${s.outlet}, mostly about ${s.country.name}. Synthetic: written by the benchmark`,
    `generator. It holds ${s.claims.length} claims; figures in it may disagree with other outlets' reports.`,
    '',
  ].join('\n');
}

function claimYaml(c: GenClaim): string {
  const lines = [
    `  - id: ${c.id}`,
    `    text: ${plainOrQuoted(c.text)}`,
    `    source: ${c.source}`,
    `    quote: ${quoted(c.quote)}`,
    `    attributedTo: ${plainOrQuoted(c.attributedTo)}`,
  ];
  if (c.date) lines.push(`    date: ${c.date}`);
  lines.push(`    tags: [${c.tags.join(', ')}]`);
  if (c.contradicts.length > 0) lines.push(`    contradicts: [${c.contradicts.join(', ')}]`);
  if (c.qualifies.length > 0) lines.push(`    qualifies: [${c.qualifies.join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

function quoted(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A plain YAML scalar when it reads back as the same string, as people write them; else double-quoted. */
function plainOrQuoted(s: string): string {
  const plain = /^[A-Za-z]/.test(s) && !/: | #|:$|^(?:true|false|null|yes|no|on|off)$/i.test(s) && !/[\n"]/.test(s);
  return plain ? s : quoted(s);
}

// ---------------------------------------------------------------------------------------------------------
// The draft

/**
 * A 10,000-word article drafted from the corpus: paragraphs built around one source's claims, with
 * restatements (cited or not), contradictions, facts the corpus lacks, opinions, headings, lists, and a
 * few citations of ids that do not exist.
 */
function makeDraft(rng: Random, sources: readonly GenSource[]): { text: string; words: number } {
  const out: string[] = ['---', 'title: Benchmark draft', 'status: draft', '---', '', '# What the records show', ''];
  let words = 0;
  let paragraphs = 0;
  let nextHeading = rng.int(3, 6);
  const allClaims = sources.flatMap((s) => s.claims);
  while (words < DRAFT_WORDS) {
    const source = rng.pick(sources);
    if (paragraphs === nextHeading) {
      out.push(`## ${source.country.name}: ${rng.pick(TOPICS)}`, '');
      nextHeading += rng.int(4, 7);
    }
    if (rng.chance(0.02)) out.push('<!-- attest-ignore -->');
    const count = rng.int(3, 6);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(draftSentence(rng, source, allClaims));
    const block = rng.chance(0.08) ? sentences.map((s) => `- ${s}`).join('\n') : sentences.join(' ');
    out.push(block, '');
    words += block.split(/\s+/).filter(Boolean).length;
    paragraphs++;
  }
  return { text: out.join('\n'), words };
}

function draftSentence(rng: Random, source: GenSource, allClaims: readonly GenClaim[]): string {
  const claim = rng.pick(source.claims);
  const cite = (s: string, key: string) => s.replace(/\.$/, ` [${key}].`);
  switch (rng.weighted([36, 5, 12, 16, 8, 13, 2, 8])) {
    case 0: {
      // A restatement, cited more often than not.
      let s = paraphrase(rng, claim.fact);
      if (rng.chance(0.15)) s = `${rng.pick(TRANSITIONS)} ${lowerFirst(s)}`;
      if (!rng.chance(0.55)) return s;
      const r = rng.next();
      if (r < 0.06) return cite(s, `@${source.id}`);
      if (r < 0.12) return cite(s, `@${claim.id}; @${rng.pick(source.claims).id}`);
      if (r < 0.16) return cite(s, `see @${claim.id}, p. ${rng.int(1, 9)}`);
      return cite(s, `@${claim.id}`);
    }
    case 1:
      return cite(claim.text, `@${claim.id}`);
    case 2: {
      const s = contradiction(rng, claim.fact);
      return rng.chance(0.4) ? cite(s, `@${claim.id}`) : s;
    }
    case 3: {
      // A fact the corpus does not have, sometimes "cited" with an id that does not exist.
      const fresh = factAboutStrangers(rng, source);
      const s = rng.chance(0.5) ? paraphrase(rng, fresh) : claimText(fresh);
      if (!rng.chance(0.12)) return s;
      const real = rng.pick(allClaims).id;
      return cite(s, `@${rng.chance(0.6) ? typo(rng, real) : `${real.split('-').slice(0, 2).join('-')}-unpublished-${rng.int(1, 99)}`}`);
    }
    case 4:
      return sameActorNewFact(rng, claim.fact);
    case 5:
      return rng.pick(OPINIONS);
    case 6:
      return `According to @${claim.id}, ${lowerFirst(paraphrase(rng, claim.fact))}`;
    default: {
      // Restates a claim of another source in this paragraph's voice.
      const other = rng.pick(allClaims);
      const s = paraphrase(rng, other.fact);
      return rng.chance(0.5) ? cite(s, `@${other.id}`) : s;
    }
  }
}

/** How many labelled sentences of each kind the checker's accuracy is measured on, at every size. */
const LABELLED = { supported: 160, contradiction: 120, unsourced: 120, none: 40 } as const;

/**
 * Sentences about the corpus whose answer is known because the generator wrote them: restatements
 * of a claim (supported), the same fact with another figure, date or stance (contradiction), facts
 * about strangers or new facts about a claim's actor (unsourced), opinions (none). Each is checked
 * on its own, uncited, as `npm run eval` checks the hand-labelled sets.
 */
function makeLabelled(rng: Random, sources: readonly GenSource[]): Example[] {
  const out: Example[] = [];
  const add = (label: Label, sentence: string, note: string): void => void out.push({ id: `g${out.length + 1}`, sentence, label, note });
  const claim = (): GenClaim => rng.pick(rng.pick(sources).claims);
  for (let i = 0; i < LABELLED.supported; i++) {
    const c = claim();
    const s = paraphrase(rng, c.fact);
    add('supported', rng.chance(0.15) ? `${rng.pick(TRANSITIONS)} ${lowerFirst(s)}` : s, `restates ${c.id}`);
  }
  // A claim another source contradicts or qualifies may be backed in the very form that gets it wrong:
  // the corpus holds both sides, and a sentence one source backs is no contradiction.
  const related = new Set<string>();
  for (const s of sources) for (const c of s.claims) if (c.contradicts.length + c.qualifies.length > 0) [c.id, ...c.contradicts, ...c.qualifies].forEach((id) => related.add(id));
  for (let i = 0; i < LABELLED.contradiction; i++) {
    let c = claim();
    while (related.has(c.id)) c = claim();
    add('contradiction', clearContradiction(rng, c.fact), `gets ${c.id} wrong`);
  }
  for (let i = 0; i < LABELLED.unsourced; i++) {
    const source = rng.pick(sources);
    if (rng.chance(0.6)) {
      const fresh = factAboutStrangers(rng, source);
      add('unsourced', rng.chance(0.5) ? paraphrase(rng, fresh) : claimText(fresh), 'a fact about strangers');
    } else {
      const c = rng.pick(source.claims);
      add('unsourced', sameActorNewFact(rng, c.fact), `a new fact about the actor of ${c.id}`);
    }
  }
  for (let i = 0; i < LABELLED.none; i++) add('none', rng.pick(OPINIONS), 'opinion');
  return out;
}

/** A fact of the source's country, the year after its publication, told by two people the corpus never names. */
function factAboutStrangers(rng: Random, source: GenSource): Fact {
  const stranger = (): Person => ({ first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES), role: rng.pick(ROLES), country: rng.pick(COUNTRIES) });
  return randomFact(rng, source.country, [stranger(), stranger()], source.published.year + 1);
}

/** `s` with its first word in lower case when that word is not a name ("In 2021" → "in 2021"). */
function lowerFirst(s: string): string {
  return /^(?:In|On|The|Police|Volunteers|Customs|Border|Commerce) /.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** `id` with one character dropped or two swapped: the kind of slip a writer makes typing an id. */
function typo(rng: Random, id: string): string {
  const i = rng.int(1, id.length - 2);
  return rng.chance(0.5) ? id.slice(0, i) + id.slice(i + 1) : id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
}
