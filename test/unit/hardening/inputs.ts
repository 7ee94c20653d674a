// The adversarial inputs of the hardening suite, generated in code so that nothing large or binary is
// committed: broken corpus files and hostile drafts, each with the finding it must give. The same
// inputs serve the core tests, the CLI tests (written to a temp folder) and the in-editor tests
// (written into the fixture workspace), so the three levels are checked against one list.
//
// Every corpus id starts with `hz-` so the files can sit next to the fixture corpus without clashing.
// Expectations name a finding by code and by the text its range covers (`at`), never by offsets:
// the text is what a writer sees underlined, and it does not change when a line is added above.

/** A finding a file must have: its code and the text its range covers ('' for a point). */
export interface Expected {
  readonly code: string;
  /** The text the finding's range covers in the file as decoded. */
  readonly at: string;
  /** Which occurrence of `at` in the file (0-based), when the text occurs more than once. */
  readonly nth?: number;
  /** A pattern the message must match. */
  readonly message?: RegExp;
}

/** One input file: where it goes (relative, `/`-separated), its content, and what it must give. */
export interface HardeningFile {
  readonly path: string;
  readonly content: string | Uint8Array;
  /** Exactly these findings (in any order), nothing else; undefined when not checked finding by finding. */
  readonly expect?: readonly Expected[];
  /** Claim ids the corpus must hold once this file is loaded. */
  readonly loads?: readonly string[];
}

/** Lines joined with `\n`, ending with one. */
export function lines(...parts: string[]): string {
  return parts.join('\n') + '\n';
}

/** A complete claim citing the hardening source, as YAML list-item lines (2-space item indent). */
export function claimLines(id: string, extra: string[] = [], text = `Hardening claim ${id} for the adversarial tests.`): string[] {
  return [`  - id: ${id}`, `    text: ${text}`, '    source: hz-source', '    quote: "a verbatim quote"', '    attributedTo: Hardening author', ...extra];
}

/** UTF-16 with a byte-order mark, little- or big-endian. */
export function utf16(text: string, bigEndian = false): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = bigEndian ? 0xfe : 0xff;
  out[1] = bigEndian ? 0xff : 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** Latin-1 bytes (invalid UTF-8 as soon as a character is above U+007F). */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
}

const BILLION_LAUGHS = (() => {
  const levels = 'abcdefghi';
  return [
    `  - &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`,
    ...[...levels.slice(1)].map((l, i) => `  - &${l} [${Array(9).fill(`*${levels[i]}`).join(',')}]`),
  ];
})();

/**
 * The broken (and the few valid) corpus files, relative to a corpus folder. Each small enough to
 * commit, but generated here so the bytes (tabs, BOMs, invalid UTF-8) survive editors and git.
 */
export function corpusFiles(): HardeningFile[] {
  return [
    {
      // A source file that is only front matter: no body, no final line break.
      path: 'hardening/sources/hz-source.md',
      content: '---\nid: hz-source\ntitle: "Front matter only"\noutlet: Hardening Wire\npublished: 2024-02-29\n---',
      expect: [],
    },
    {
      path: 'hardening/claims/tabs.yaml',
      content: lines('claims:', ...claimLines('hz-tab-ok'), '  - id: hz-tab', '\ttext: A tab indents this line.', '    source: hz-source'),
      expect: [{ code: 'corpus-yaml-syntax', at: '\t', message: /Tabs are not allowed as indentation/ }],
      loads: ['hz-tab-ok'],
    },
    {
      path: 'hardening/claims/unclosed-double.yaml',
      content: lines('claims:', ...claimLines('hz-unclosed-double', [], '"this quoted text never ends'), ''),
      expect: [{ code: 'corpus-yaml-syntax', at: '"this quoted text never ends', message: /never closed \(missing closing "\)/ }],
    },
    {
      path: 'hardening/claims/unclosed-single.yaml',
      content: lines('claims:', ...claimLines('hz-unclosed-single', ["    tags: ['open"])),
      expect: [{ code: 'corpus-yaml-syntax', at: "'open", message: /never closed \(missing closing '\)/ }],
    },
    {
      path: 'hardening/claims/wrong-types.yaml',
      content: lines(
        'claims:',
        '  - id: hz-wrong-types',
        '    text: [a list, not text]',
        '    source: hz-source',
        '    quote: {a: map}',
        '    attributedTo: 42',
        '    date: 2023-13-45',
        '    tags: {x: 1}',
        '    contradicts: 5',
      ),
      expect: [
        { code: 'corpus-invalid-field', at: '[a list, not text]' },
        { code: 'corpus-invalid-field', at: '{a: map}' },
        { code: 'corpus-invalid-date', at: '2023-13-45' },
        { code: 'corpus-invalid-field', at: '{x: 1}' },
        { code: 'corpus-invalid-field', at: '5', nth: 1, message: /invalid entry in "contradicts"/ },
      ],
    },
    {
      path: 'hardening/claims/null-items.yaml',
      content: lines('claims:', '  -', '  - ~', '  - null', '  - just a string', ...claimLines('hz-after-nulls')),
      expect: [
        { code: 'corpus-invalid-field', at: '-', message: /Claim #1 is empty/ },
        { code: 'corpus-invalid-field', at: '- ~', message: /Claim #2 is empty/ },
        { code: 'corpus-invalid-field', at: '- null', message: /Claim #3 is empty/ },
        { code: 'corpus-invalid-field', at: 'just a string', message: /Claim #4 must be a mapping/ },
      ],
      loads: ['hz-after-nulls'],
    },
    {
      path: 'hardening/claims/numeric-ids.yaml',
      content: lines(
        'claims:',
        ...claimLines('123').slice(0, 5),
        ...claimLines('1.5').slice(0, 5),
        ...claimLines('true').slice(0, 5),
        ...claimLines('0x1F').slice(0, 5),
        ...claimLines('"has space"').slice(0, 5),
        ...claimLines('"-leading-dash"').slice(0, 5),
      ),
      expect: [
        { code: 'corpus-invalid-field', at: '123', message: /must be a string/ },
        { code: 'corpus-invalid-field', at: '1.5', message: /must be a string/ },
        { code: 'corpus-invalid-field', at: 'true', message: /must be a string/ },
        { code: 'corpus-invalid-field', at: '0x1F', message: /must be a string/ },
        { code: 'corpus-invalid-field', at: '"has space"', message: /not a valid id/ },
        { code: 'corpus-invalid-field', at: '"-leading-dash"', message: /not a valid id/ },
      ],
    },
    {
      path: 'hardening/claims/dup-a.yaml',
      content: lines('claims:', ...claimLines('hz-dup'), ...claimLines('hz-dup-in-file'), ...claimLines('hz-dup-in-file')),
      expect: [{ code: 'corpus-duplicate-id', at: 'hz-dup-in-file', nth: 2, message: /already used on line 7/ }],
      loads: ['hz-dup', 'hz-dup-in-file'],
    },
    {
      path: 'hardening/claims/dup-b.yaml',
      content: lines('claims:', ...claimLines('hz-dup')),
      expect: [{ code: 'corpus-duplicate-id', at: 'hz-dup', message: /Claim id "hz-dup" is already used in .*dup-a\.yaml:2/ }],
    },
    {
      path: 'hardening/claims/dup-c.md',
      content: lines('---', 'source: hz-source', 'attributedTo: Hardening author', '---', '## hz-dup', 'The same id again, in Markdown.', '', '> a verbatim quote'),
      expect: [{ code: 'corpus-duplicate-id', at: 'hz-dup', message: /already used in .*dup-a\.yaml:2/ }],
    },
    {
      // Sorted after hz-source.md, so this is the later one: the duplicate.
      path: 'hardening/sources/zz-source-again.md',
      content: lines('---', 'id: hz-source', 'title: The same source id', 'outlet: Elsewhere', '---', 'A second source with the first one\'s id.'),
      expect: [{ code: 'corpus-duplicate-id', at: 'hz-source', message: /Source id "hz-source" is already used/ }],
    },
    {
      // Contradiction and qualification cycles load as they are; a claim listing itself is warned about.
      path: 'hardening/claims/cycles.yaml',
      content: lines(
        'claims:',
        ...claimLines('hz-cycle-a', ['    contradicts: [hz-cycle-b]', '    qualifies: [hz-cycle-c]']),
        ...claimLines('hz-cycle-b', ['    contradicts: [hz-cycle-c]', '    qualifies: [hz-cycle-a]']),
        ...claimLines('hz-cycle-c', ['    contradicts: [hz-cycle-a]', '    qualifies: [hz-cycle-b]']),
        ...claimLines('hz-self', ['    contradicts: [hz-self, hz-self]', '    qualifies: [hz-self]']),
      ),
      expect: [
        { code: 'corpus-invalid-field', at: 'hz-self', nth: 2, message: /lists itself in "contradicts"/ },
        { code: 'corpus-invalid-field', at: 'hz-self', nth: 3, message: /lists itself in "contradicts"/ },
        { code: 'corpus-invalid-field', at: 'hz-self', nth: 4, message: /lists itself in "qualifies"/ },
      ],
      loads: ['hz-cycle-a', 'hz-cycle-b', 'hz-cycle-c', 'hz-self'],
    },
    {
      path: 'hardening/claims/bomb.yaml',
      content: lines('claims:', ...BILLION_LAUGHS, '  - id: hz-boom', '    text: [*i,*i,*i,*i,*i,*i,*i,*i,*i]'),
      expect: [{ code: 'corpus-yaml-syntax', at: '- &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', message: /alias bomb\?\); file refused/ }],
    },
    {
      path: 'hardening/sources/bomb-front-matter.md',
      content: lines('---', 'id: hz-bomb-source', 'title: Alias bomb in front matter', 'outlet: x', 'lol:', ...BILLION_LAUGHS, 'boom: [*i,*i,*i,*i,*i,*i,*i,*i,*i]', '---'),
      expect: [{ code: 'corpus-yaml-syntax', at: '- &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', message: /alias bomb/ }],
    },
    {
      path: 'hardening/claims/deep.yaml',
      content: 'claims:\n  - ' + '{a: '.repeat(3000) + '\n',
      expect: [{ code: 'corpus-yaml-syntax', at: ('- ' + '{a: '.repeat(3000)).trimEnd(), message: /nested more than \d+ levels deep; file refused/ }],
    },
    {
      path: 'hardening/claims/multi-doc.yaml',
      content: lines('claims:', ...claimLines('hz-first-doc'), '---', 'claims: []'),
      expect: [{ code: 'corpus-yaml-syntax', at: '---', message: /Only one YAML document per file/ }],
    },
    {
      path: 'hardening/claims/garbage.yaml',
      content: '}{ ][ :: ,, !!binary |\n  @@@\n',
      expect: undefined, // some corpus-yaml-syntax finding: yaml decides which
    },
    {
      path: 'hardening/claims/empty.yaml',
      content: '',
      expect: [],
    },
    {
      path: 'hardening/claims/unknown-source.yaml',
      content: lines('claims:', '  - id: hz-unknown-source', '    text: Cites a source nobody wrote.', '    source: hz-no-such-source', '    quote: q', '    attributedTo: a'),
      expect: [{ code: 'corpus-unknown-source', at: 'hz-no-such-source' }],
      loads: ['hz-unknown-source'],
    },
    {
      // Ids and keys named like Object.prototype members must not reach a plain object's prototype.
      path: 'hardening/claims/prototype.yaml',
      content: lines(
        'claims:',
        ...claimLines('constructor', [], 'The constructor toString valueOf hasOwnProperty __proto__ prototype claim.'),
        ...claimLines('toString', ['    __proto__: {polluted: true}']),
        ...claimLines('hasOwnProperty', ['    contradicts: [constructor, __proto__]']),
      ),
      expect: [
        { code: 'corpus-invalid-field', at: '__proto__', nth: 1, message: /unknown field "__proto__"/ },
        { code: 'corpus-invalid-field', at: '__proto__', nth: 2, message: /invalid entry in "contradicts"/ },
      ],
      loads: ['constructor', 'toString', 'hasOwnProperty'],
    },
    {
      // Values with line breaks and values thousands of characters long: messages stay one short line.
      path: 'hardening/claims/odd-values.yaml',
      content: lines(
        'claims:',
        ...claimLines('"bad\\nid"'),
        ...claimLines('hz-odd-values', ['    date: "2023\\n-01"', '    "we\\nird": 1']),
        '  - id: hz-long-source',
        '    text: Cites a source with a very long id.',
        `    source: ${'s'.repeat(5000)}`,
        '    quote: q',
        '    attributedTo: a',
        `  - id: ${'l'.repeat(5000)}`,
        '    text: A claim with a very long id.',
        '    source: hz-source',
        '    quote: q',
        '    attributedTo: a',
        '    date: not a date',
      ),
      expect: [
        { code: 'corpus-invalid-field', at: '"bad\\nid"', message: /^Claim id "bad\\nid" is not a valid id/ },
        { code: 'corpus-invalid-date', at: '"2023\\n-01"', message: /"2023\\n-01"/ },
        { code: 'corpus-invalid-field', at: '"we\\nird"', message: /unknown field "we\\nird"/ },
        { code: 'corpus-unknown-source', at: 's'.repeat(5000), message: /^Claim "hz-long-source" cites source "s{79}…", which is not in the corpus\.$/ },
        { code: 'corpus-invalid-date', at: 'not a date', message: /^Claim "l{79}…" has "date" "not a date"/ },
      ],
      loads: ['hz-odd-values', 'hz-long-source', 'l'.repeat(5000)],
    },
    {
      // Latin-1 "é": invalid UTF-8, refused as a whole with the byte named.
      path: 'hardening/claims/latin1.yaml',
      content: latin1(lines('claims:', ...claimLines('hz-latin1', [], 'Caf\u00e9 owners said so.'))),
      expect: [{ code: 'corpus-unreadable', at: '', message: /not valid UTF-8 at byte 39\b/ }],
    },
    {
      // UTF-16 LE with a BOM: read, and a problem in it reported at the right place.
      path: 'hardening/claims/utf16le.yaml',
      content: utf16(lines('claims:', ...claimLines('hz-utf16le', ['    date: 2023-02-30'], 'Ünïcödé 😀 text read from UTF-16.'))),
      expect: [{ code: 'corpus-invalid-date', at: '2023-02-30' }],
    },
    {
      path: 'hardening/claims/utf16be.yaml',
      content: utf16(lines('claims:', ...claimLines('hz-utf16be', [], 'Big-endian UTF-16 is read too.')), true),
      expect: [],
      loads: ['hz-utf16be'],
    },
    {
      // UTF-16 saved without a BOM: NUL characters, refused.
      path: 'hardening/claims/utf16-no-bom.yaml',
      content: utf16(lines('claims:', ...claimLines('hz-no-bom'))).subarray(2),
      expect: [{ code: 'corpus-unreadable', at: '', message: /NUL character/ }],
    },
    {
      // Markdown claims whose heading, text and quote carry HTML and command links: data, not markup.
      path: 'hardening/claims/html.md',
      content: lines(
        '---',
        'source: hz-source',
        'attributedTo: "<b>Hardening</b> author"',
        '---',
        '## hz-md-html',
        'A claim with <script>alert(1)</script> and [a link](command:workbench.action.quit) in its text.',
        '',
        '> <img src=x onerror=alert(1)> quoted',
      ),
      expect: [],
      loads: ['hz-md-html'],
    },
  ];
}

/** The ids every corpus file above leaves loaded, all together. */
export function loadedIds(): string[] {
  return corpusFiles().flatMap((f) => f.loads ?? []);
}

/** `size` characters of plain-layout claims (the fast reader's layout), valid and citing hz-source. */
export function bigClaimsYaml(size: number): string {
  const parts = ['claims:\n'];
  let length = parts[0]!.length;
  for (let i = 0; length < size; i++) {
    const item = claimLines(`hz-big-${i}`, [`    date: 2023-09-${String((i % 28) + 1).padStart(2, '0')}`, '    tags: [big, generated]'], `Generated claim number ${i} says ${i} people were counted in Havana.`).join('\n') + '\n';
    parts.push(item);
    length += item.length;
  }
  return parts.join('');
}

/** `size` characters of claims written as one line of JSON (valid YAML that cannot be read in pieces). */
export function bigFlowClaims(size: number): string {
  const items: string[] = [];
  let length = 16;
  for (let i = 0; length < size; i++) {
    const item = JSON.stringify({ id: `hz-flow-${i}`, text: `Flow claim ${i}.`, source: 'hz-source', quote: 'q', attributedTo: 'a' });
    items.push(item);
    length += item.length + 1;
  }
  return `{"claims": [${items.join(',')}]}\n`;
}

/** The sentence the fixture corpus contradicts (claim demo-arrests says 17). */
export const CONTRADICTED = 'The Cuban authorities arrested 300 people linked to the recruitment network.';

/** A draft and the findings it must give (in any order; other findings allowed only if `exact` is false). */
export interface HardeningDraft extends HardeningFile {
  /** When true, the draft gives exactly `expect`; otherwise `expect` must be among its findings. */
  readonly exact?: boolean;
}

/** Bytes that look like a PNG: a signature, NULs and control bytes. */
export function binaryBytes(length = 4096): Uint8Array {
  const bytes = new Uint8Array(length);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  let seed = 7;
  for (let i = 16; i < length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  return bytes;
}

/**
 * Hostile drafts checked against the fixture workspace corpus (test/fixtures/workspace/corpus):
 * line endings, scripts, emoji and combining marks before the findings, and citations in odd places.
 */
export function draftFiles(): HardeningDraft[] {
  return [
    {
      path: 'hardening/crlf.md',
      content: `# Title\r\n\r\nAn intro line.\r\n\r\n${CONTRADICTED}\r\n\r\nCited wrongly [@hz-nope-crlf].\r\n`,
      expect: [{ code: 'contradiction', at: CONTRADICTED }, { code: 'unknown-citation', at: 'hz-nope-crlf' }],
      exact: true,
    },
    {
      // \n, \r\n and a lone \r in one file (VS Code normalises them when it opens the file).
      path: 'hardening/mixed-eol.md',
      content: `First paragraph.\n\nSecond one.\r\n\r\nThird one.\r\r${CONTRADICTED}\n\rCited wrongly [@hz-nope-mixed].\r\n`,
      expect: [{ code: 'contradiction', at: CONTRADICTED }, { code: 'unknown-citation', at: 'hz-nope-mixed' }],
      exact: true,
    },
    {
      path: 'hardening/unicode.md',
      content: lines(
        'מחקר בעברית נכתב מימין לשמאל. بحث باللغة العربية يُكتب من اليمين إلى اليسار.',
        '',
        `👨‍👩‍👧‍👦🇨🇺 Cafe\u0301 na\u0308ive 𝒜𝓉𝓉𝑒𝓈𝓉. ${CONTRADICTED}`,
        '',
        `‏שלום‎ 😀 e\u0301\u0301\u0301 [@hz-nope-ünï] and 𝓍 [@hz-nope-astral-𝓍].`,
      ),
      expect: [
        { code: 'contradiction', at: CONTRADICTED },
        { code: 'unknown-citation', at: 'hz-nope-ünï' },
        { code: 'unknown-citation', at: 'hz-nope-astral-𝓍' },
      ],
      exact: true,
    },
    {
      // Citations nested in links and images, in code spans and fences, in footnotes; unbalanced brackets.
      path: 'hardening/nested.md',
      content: lines(
        'A link [see [@hz-nope-link]](https://example.org) in running text.',
        '',
        'An image ![alt [@hz-nope-image]](pic.png) in running text.',
        '',
        'Code `[@hz-in-code]` is not a citation, nor is ``[@hz-in-double-code]``.',
        '',
        '```',
        '[@hz-in-fence]',
        '```',
        '',
        'A footnote marker[^1] here.',
        '',
        '[^1]: The footnote cites [@hz-nope-footnote].',
        '',
        'Unbalanced [@hz-nope-open and then more words.',
        '',
        'Doubled [[@hz-nope-doubled]] brackets.',
        '',
        'Closers ]]] before [@hz-nope-after-closers].',
        '',
        '[@demo-passports [@hz-nope-inner]] nested groups.',
      ),
      expect: [
        { code: 'unknown-citation', at: 'hz-nope-link' },
        { code: 'unknown-citation', at: 'hz-nope-image' },
        { code: 'unknown-citation', at: 'hz-nope-footnote' },
        { code: 'unknown-citation', at: 'hz-nope-open' },
        { code: 'unknown-citation', at: 'hz-nope-doubled' },
        { code: 'unknown-citation', at: 'hz-nope-after-closers' },
        { code: 'unknown-citation', at: 'hz-nope-inner' },
        // The outer group cites a claim about passports for a sentence about nested groups.
        { code: 'citation-mismatch', at: '[@demo-passports [@hz-nope-inner]] nested groups.' },
      ],
      exact: true,
    },
    {
      path: 'hardening/binary.md',
      content: binaryBytes(),
      expect: [{ code: 'draft-skipped', at: '', message: /looks binary/ }],
      exact: true,
    },
    {
      // Latin-1 bytes: not UTF-8. Read leniently (U+FFFD), still checked.
      path: 'hardening/latin1.md',
      content: latin1(`Caf\u00e9 cr\u00e8me. ${CONTRADICTED}\n`),
      expect: [{ code: 'contradiction', at: CONTRADICTED }],
      exact: true,
    },
    {
      path: 'hardening/utf16.md',
      content: utf16(`Ωμέγα 😀 first line\n\n${CONTRADICTED}\n`),
      expect: [{ code: 'contradiction', at: CONTRADICTED }],
      exact: true,
    },
    {
      path: 'hardening/empty.md',
      content: '',
      expect: [],
      exact: true,
    },
    {
      path: 'hardening/only-bom.md',
      content: '\ufeff',
      expect: [],
      exact: true,
    },
  ];
}

/** One line of about `size` characters: varied sentences, a contradiction and an unknown citation at the end. */
export function oneLongLine(size: number): string {
  const words = ['Havana', 'Moscow', 'recruits', 'passports', 'hackers', 'Russia', 'Ukraine', 'contracts', 'families', 'officials'];
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < size; n++) {
    const s = `In ${1990 + (n % 30)}, ${words[n % 10]} and ${words[(n * 7) % 10]} counted ${n} ${words[(n * 3) % 10]}. `;
    parts.push(s);
    length += s.length;
  }
  return `${parts.join('')}${CONTRADICTED} Cited [@hz-nope-long-line].`;
}

/** About `size` characters of paragraphs, with a contradiction in the last one. */
export function bigDraft(size: number): string {
  const paragraph = 'Ukrainian hackers leaked images of about 200 passports [@demo-passports]. Nobody knows more yet, and that is all.\n\n';
  return paragraph.repeat(Math.ceil(size / paragraph.length)) + CONTRADICTED + '\n';
}

/**
 * Where `expected` lies in `text`: the offsets of its nth occurrence, or undefined when it is absent.
 * A point (`at: ''`) is at the file's start.
 */
export function expectedSpan(text: string, expected: Expected): { start: number; end: number } | undefined {
  if (expected.at === '') return { start: 0, end: 0 };
  let from = -1;
  for (let n = 0; n <= (expected.nth ?? 0); n++) {
    from = text.indexOf(expected.at, from + 1);
    if (from < 0) return undefined;
  }
  return { start: from, end: from + expected.at.length };
}

/** 0-based line and UTF-16 column of `offset`, counting \n, \r\n and a lone \r as line breaks (as VS Code does). */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < offset) i++;
    if (c === 13 || c === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Filler that makes a claim's text far longer than a popup shows. */
const LONG_TAIL = ' and then the text goes on'.repeat(300);

/**
 * A claim (`hz-hostile`) and its source whose every field tries to become live Markdown: command
 * links, HTML, images, javascript: links, link definitions, theme icons, entities, headings, and
 * text thousands of characters long. Hovering a citation of it must show all of it as inert text.
 */
export function hostileCorpusFiles(): HardeningFile[] {
  const text = [
    '**Bold** _em_ [run me](command:workbench.action.quit) <img src=x onerror=alert(1)> <script>alert(1)</script>',
    '![pic](https://example.org/x.png) [js](javascript:alert(1)) <a href="command:workbench.action.quit">a</a>',
    '[ref]: command:workbench.action.quit $(zap) &lt;b&gt; &#x3C;i> `code` <command:workbench.action.quit> # not a heading',
  ].join(' ') + LONG_TAIL;
  const q = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar
  return [
    {
      path: 'hardening/claims/hostile.yaml',
      content: lines(
        'claims:',
        '  - id: hz-hostile',
        `    text: ${q(text)}`,
        '    source: hz-hostile-source',
        `    quote: ${q('[quoted](command:workbench.action.quit)\n<b>bold</b>\n\n# heading\n    indented code' + LONG_TAIL)}`,
        `    attributedTo: ${q('[who](command:workbench.action.quit) <i>x</i>')}`,
        `    date: 2024-01-01`,
        '    contradicts: [hz-cycle-a]',
      ),
      expect: [],
      loads: ['hz-hostile'],
    },
    {
      path: 'hardening/sources/hz-hostile-source.md',
      content: lines(
        '---',
        'id: hz-hostile-source',
        `title: ${q('<b>Title</b> [t](command:workbench.action.quit)')}`,
        `outlet: ${q('**Outlet** <script>x</script>')}`,
        `author: ${q('[a](command:workbench.action.quit)')}`,
        `url: ${q('command:workbench.action.quit')}`,
        '---',
        'Notes with [a link](command:workbench.action.quit).',
      ),
      expect: [{ code: 'corpus-invalid-field', at: '"command:workbench.action.quit"', message: /url/i }],
    },
  ];
}

/**
 * The targets of the live links in `markdown`: `](target)` and `<scheme:…>` not escaped with a
 * backslash, and link reference definitions `[x]: target` at a line start.
 */
export function liveLinkTargets(markdown: string): string[] {
  const targets: string[] = [];
  const escaped = (i: number): boolean => {
    let n = 0;
    for (let j = i - 1; j >= 0 && markdown[j] === '\\'; j--) n++;
    return n % 2 === 1;
  };
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === ']' && markdown[i + 1] === '(' && !escaped(i)) {
      const end = markdown.indexOf(')', i + 2);
      targets.push(markdown.slice(i + 2, end < 0 ? markdown.length : end));
    } else if (markdown[i] === '<' && !escaped(i)) {
      const end = markdown.indexOf('>', i + 1);
      targets.push(markdown.slice(i + 1, end < 0 ? markdown.length : end));
    }
  }
  for (const m of markdown.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*(\S+)/gm)) targets.push(m[1]!);
  return targets;
}
