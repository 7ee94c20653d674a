import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCorpusFile } from '../../../src/core/corpus/parseCorpusFile';
import {
  idsWrittenIn,
  NewClaimError,
  normalizeQuote,
  planNewClaim,
  slugFromQuote,
  uniqueId,
  yamlDoubleQuoted,
  yamlScalar,
  type NewClaimEdit,
  type NewClaimRequest,
} from '../../../src/core/features/newClaim';
import { parse as parseYaml } from 'yaml';

const lines = (...parts: string[]) => parts.join('\n') + '\n';

function request(overrides: Partial<NewClaimRequest>): NewClaimRequest {
  return { fileText: '', format: 'yaml', sourceId: 'efe-2023', quote: 'Havana denied any role.', attributedTo: 'EFE', idsInUse: [], ...overrides };
}

function apply(text: string, edit: NewClaimEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** Offset of a 0-based line/character in `text`. */
function offsetAt(text: string, line: number, character: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) offset = text.indexOf('\n', offset) + 1;
  return offset + character;
}

/** The edited file with `words` typed over the text placeholder, as the writer would. */
function fillText(edited: string, edit: NewClaimEdit, words: string): string {
  const start = offsetAt(edited, edit.textRange.start.line, edit.textRange.start.character);
  const end = offsetAt(edited, edit.textRange.end.line, edit.textRange.end.character);
  return edited.slice(0, start) + words + edited.slice(end);
}

describe('planNewClaim (YAML)', () => {
  const file = lines(
    '# Claims from the EFE report.',
    'claims:',
    '  - id: first-claim',
    '    text: Something happened.',
    '    source: efe-2023',
    '    quote: "Something happened"',
    '    attributedTo: EFE',
    '',
    '  - id: second-claim',
    '    text: Something else happened.',
    '    source: efe-2023',
    '    quote: "Something else"',
    '    attributedTo: EFE',
  );

  it('appends an item to the claims list in the file’s style and selects the text placeholder', () => {
    const edit = planNewClaim(request({ fileText: file, quote: 'The Cuban Government insists it has no participation.' }));
    const edited = apply(file, edit);
    assert.equal(edit.id, 'cuban-government-insists-no-participation');
    assert.equal(
      edited,
      file +
        lines(
          '',
          '  - id: cuban-government-insists-no-participation',
          "    text: ''",
          '    source: efe-2023',
          '    quote: "The Cuban Government insists it has no participation."',
          '    attributedTo: EFE',
        ),
    );
    assert.deepEqual(edit.textRange, { start: { line: 15, character: 10 }, end: { line: 15, character: 12 } });
    assert.equal(edited.split('\n')[15]!.slice(10, 12), "''");
  });

  it('reads back through the corpus parser once the text is typed in', () => {
    const quote = 'He said: "We are \\ in contact" — #1 priority,\nthen left.';
    const edit = planNewClaim(request({ fileText: file, quote, attributedTo: 'EFE: wire service' }));
    const parsed = parseCorpusFile('claims.yaml', fillText(apply(file, edit), edit, 'The ambassador said they were in contact.'));
    assert.deepEqual(parsed.problems, []);
    const claim = parsed.claims.find((c) => c.id === edit.id);
    assert.ok(claim, parsed.claims.map((c) => c.id).join(', '));
    assert.equal(claim.quote, quote);
    assert.equal(claim.text, 'The ambassador said they were in contact.');
    assert.equal(claim.attributedTo, 'EFE: wire service');
    assert.equal(claim.source, 'efe-2023');
  });

  it('leaves an untouched placeholder for the parser to report as missing text', () => {
    const edit = planNewClaim(request({ fileText: file }));
    const parsed = parseCorpusFile('claims.yaml', apply(file, edit));
    assert.ok(!parsed.claims.some((c) => c.id === edit.id));
    assert.ok(parsed.problems.length > 0);
  });

  it('inserts before a top-level key that follows the claims list, keeping it in place', () => {
    const text = lines('claims:', '- id: a', '  text: A.', 'other: value');
    const edit = planNewClaim(request({ fileText: text, quote: 'Quoted words here' }));
    assert.equal(apply(text, edit), lines('claims:', '- id: a', '  text: A.', '', '- id: quoted-words', "  text: ''", '  source: efe-2023', '  quote: "Quoted words here"', '  attributedTo: EFE', 'other: value'));
  });

  it('leaves out the blank line when the file’s items have none between them', () => {
    const text = lines('claims:', '  - id: a', '    text: A.', '  - id: b', '    text: B.');
    const edited = apply(text, planNewClaim(request({ fileText: text })));
    assert.ok(edited.startsWith(lines('claims:', '  - id: a', '    text: A.', '  - id: b', '    text: B.', '  - id: havana-denied-any-role')), edited);
  });

  it('turns `claims: []` into a block list', () => {
    const edit = planNewClaim(request({ fileText: 'claims: []\n' }));
    const edited = apply('claims: []\n', edit);
    assert.match(edited, /^claims:\n {2}- id: havana-denied-any-role\n {4}text: ''\n/);
    assert.equal(edited.split('\n')[edit.textRange.start.line]!.slice(edit.textRange.start.character), "''");
  });

  it('fills `claims:` with nothing under it', () => {
    const text = 'claims:\n';
    const edited = apply(text, planNewClaim(request({ fileText: text })));
    assert.deepEqual(parseYaml(edited).claims[0].quote, 'Havana denied any role.');
  });

  it('appends to a bare top-level list', () => {
    const text = lines('- id: a', '  text: A.', '  source: s', '  quote: "q"', '  attributedTo: X', '', '');
    const edit = planNewClaim(request({ fileText: text }));
    const edited = apply(text, edit);
    assert.equal(edited, lines('- id: a', '  text: A.', '  source: s', '  quote: "q"', '  attributedTo: X', '', '- id: havana-denied-any-role', "  text: ''", '  source: efe-2023', '  quote: "Havana denied any role."', '  attributedTo: EFE'));
    assert.deepEqual(edit.textRange.start, { line: 7, character: 8 });
  });

  it('writes `claims:` into an empty or comment-only file', () => {
    assert.equal(apply('', planNewClaim(request({}))), lines('claims:', '  - id: havana-denied-any-role', "  text: ''".replace('  text', '    text'), '    source: efe-2023', '    quote: "Havana denied any role."', '    attributedTo: EFE'));
    const commented = '# Claims from EFE.\n';
    const edited = apply(commented, planNewClaim(request({ fileText: commented })));
    assert.ok(edited.startsWith('# Claims from EFE.\n\nclaims:\n  - id: '), edited);
  });

  it('keeps CRLF line endings', () => {
    const text = 'claims:\r\n  - id: a\r\n    text: A.\r\n';
    const edit = planNewClaim(request({ fileText: text }));
    const edited = apply(text, edit);
    assert.ok(!/[^\r]\n/.test(edited), JSON.stringify(edited));
    assert.equal(edited.split('\r\n')[edit.textRange.start.line]!.slice(edit.textRange.start.character, edit.textRange.end.character), "''");
  });

  it('refuses a flow-style list', () => {
    assert.throws(() => planNewClaim(request({ fileText: 'claims: [{id: a}]\n' })), NewClaimError);
  });

  it('picks an id used neither in the corpus nor in the file', () => {
    const text = lines('claims:', '  - id: havana-denied-any-role');
    assert.equal(planNewClaim(request({ fileText: text })).id, 'havana-denied-any-role-2');
    assert.equal(planNewClaim(request({ idsInUse: ['havana-denied-any-role', 'Havana-Denied-Any-Role-2'] })).id, 'havana-denied-any-role-3');
  });

  it('quotes a source id or attribution that YAML would read as something else', () => {
    const edited = apply('', planNewClaim(request({ sourceId: '2023', attributedTo: 'yes' })));
    const claim = parseYaml(edited).claims[0];
    assert.equal(claim.source, '2023');
    assert.equal(claim.attributedTo, 'yes');
  });

  it('round-trips any quote through YAML', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 })), (quote) => {
        const edited = apply(lines('claims:', '  - id: a'), planNewClaim(request({ fileText: lines('claims:', '  - id: a'), quote })));
        assert.equal(parseYaml(edited).claims[1].quote, quote);
      }),
      { numRuns: 300 },
    );
  });
});

describe('planNewClaim (Markdown)', () => {
  const file = lines(
    '---',
    'source: efe-2023',
    'attributedTo: EFE',
    '---',
    '## first-claim',
    'Something happened.',
    '',
    '> Something happened',
    '',
    '- date: 2023-09-27',
  );

  it('appends a `## id` section and puts the cursor on the empty text line', () => {
    const edit = planNewClaim(request({ fileText: file, format: 'markdown', quote: 'The ambassador spoke “outside” the event' }));
    const edited = apply(file, edit);
    assert.equal(edited, file + lines('', '## ambassador-spoke-outside-event', '', '', '> The ambassador spoke “outside” the event'));
    assert.deepEqual(edit.textRange, { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } });
  });

  it('reads back through the corpus parser once the text is typed in', () => {
    const edit = planNewClaim(request({ fileText: file, format: 'markdown', quote: 'First paragraph: quoted.\n\nSecond paragraph.' }));
    const parsed = parseCorpusFile('claims.md', fillText(apply(file, edit), edit, 'The report said two things.'));
    const claim = parsed.claims.find((c) => c.id === edit.id);
    assert.ok(claim, JSON.stringify(parsed.problems));
    assert.equal(claim.text, 'The report said two things.');
    assert.equal(claim.source, 'efe-2023');
    assert.equal(claim.attributedTo, 'EFE');
    assert.match(claim.quote, /^First paragraph: quoted\.\s+Second paragraph\.$/);
  });

  it('adds `- source:` and `- attributedTo:` lines when they differ from the front matter', () => {
    const edit = planNewClaim(request({ fileText: file, format: 'markdown', sourceId: 'other-source', attributedTo: 'Reuters' }));
    const edited = apply(file, edit);
    assert.ok(edited.endsWith(lines('> Havana denied any role.', '', '- source: other-source', '- attributedTo: Reuters')), edited);
    const parsed = parseCorpusFile('claims.md', fillText(edited, edit, 'Havana denied it.'));
    const claim = parsed.claims.find((c) => c.id === edit.id);
    assert.equal(claim?.source, 'other-source');
    assert.equal(claim?.attributedTo, 'Reuters');
  });

  it('writes front matter naming the source into a new file', () => {
    const edit = planNewClaim(request({ format: 'markdown' }));
    const edited = apply('', edit);
    assert.equal(edited, lines('---', 'source: efe-2023', 'attributedTo: EFE', '---', '', '## havana-denied-any-role', '', '', '> Havana denied any role.'));
    assert.deepEqual(edit.textRange.start, { line: 6, character: 0 });
    const parsed = parseCorpusFile('new.md', fillText(edited, edit, 'Havana denied any role.'));
    assert.deepEqual(parsed.claims.map((c) => [c.id, c.source, c.attributedTo]), [['havana-denied-any-role', 'efe-2023', 'EFE']]);
  });

  it('finds the ids of the file’s own headings', () => {
    assert.deepEqual(idsWrittenIn(file, 'markdown'), ['first-claim']);
    assert.equal(planNewClaim(request({ fileText: file, format: 'markdown', quote: 'First claim' })).id, 'first-claim-2');
  });
});

describe('slugFromQuote', () => {
  it('keeps the first meaningful words, folded to ASCII', () => {
    assert.equal(slugFromQuote('“The competent bodies are working and are in contact with both sides,”'), 'competent-bodies-working-contact-both-sides');
    assert.equal(slugFromQuote('Gutiérrez Boronat was born in Havana in 1965.'), 'gutierrez-boronat-born-havana-1965');
    assert.equal(slugFromQuote("Russia’s ambassador"), 'russias-ambassador');
  });

  it('stays within 48 characters', () => {
    const slug = slugFromQuote('Extraordinarily comprehensive internationalisation notwithstanding counterrevolutionaries')!;
    assert.ok(slug.length <= 48, slug);
  });

  it('returns undefined when nothing ASCII is left', () => {
    assert.equal(slugFromQuote('Компетентные органы работают'), undefined);
    assert.equal(planNewClaim(request({ quote: 'Компетентные органы' })).id, 'efe-2023-claim');
  });

  it('uses stop words only when nothing else is there', () => {
    assert.equal(slugFromQuote('It is what it is.'), 'it-is-what-it-is');
  });
});

describe('YAML scalars', () => {
  it('leaves plain-safe values plain', () => {
    assert.equal(yamlScalar('EFE via 14ymedio'), 'EFE via 14ymedio');
    assert.equal(yamlScalar('14ymedio-koronelli-2023'), '14ymedio-koronelli-2023');
    assert.equal(yamlScalar('Cuban Ministry of Foreign Affairs (as characterised by X)'), 'Cuban Ministry of Foreign Affairs (as characterised by X)');
  });

  it('quotes what would not read back as the same string', () => {
    for (const value of ['2023', '2023-09-28', 'true', 'No', 'null', '~', 'a: b', 'a #b', '- x', '"quoted"', '@handle', ' padded', '1e5', '0x1F', '12:30']) {
      assert.equal(yamlScalar(value).startsWith('"'), true, value);
      assert.equal(parseYaml(`v: ${yamlScalar(value)}`).v, value, value);
    }
  });

  it('escapes quotes, backslashes, line breaks and control characters', () => {
    assert.equal(yamlDoubleQuoted('a "b" \\ c\nd\te\u0007\u2028'), '"a \\"b\\" \\\\ c\\nd\\te\\u0007\\u2028"');
    assert.equal(parseYaml(`v: ${yamlDoubleQuoted('a "b" \\ c\nd\te\u0007\u2028')}`).v, 'a "b" \\ c\nd\te\u0007\u2028');
  });
});

describe('normalizeQuote', () => {
  it('joins soft-wrapped lines and keeps paragraph breaks', () => {
    assert.equal(normalizeQuote('  An EFE wire report\r\ndatelined   Havana.\n\n\nIts main source  \n'), 'An EFE wire report datelined Havana.\n\nIts main source');
    assert.equal(normalizeQuote(' \n\t '), '');
  });
});

describe('uniqueId', () => {
  it('counts up from 2', () => {
    assert.equal(uniqueId('a', new Set()), 'a');
    assert.equal(uniqueId('a', new Set(['a', 'a-2'])), 'a-3');
  });
});
