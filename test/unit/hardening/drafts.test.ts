// Hostile drafts, checked against the fixture workspace corpus the way the CLI checks them: every
// finding lands on the characters it is about (UTF-16 offsets, whatever the line endings, scripts or
// emoji before it), odd citation placements do not confuse the parser, and huge, binary or
// pathological input ends in findings or one `draft-skipped` notice, never a crash or a hang.
// Mocha's timeouts are the hang detectors; nothing asserts on speed.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { nodeCorpusHost } from '../../../src/cli/nodeHost';
import { DEFAULT_MAX_DRAFT_LENGTH } from '../../../src/core/check/checkDraft';
import { decodeText } from '../../../src/core/corpus/decode';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus';
import { kindForPath } from '../../../src/core/draft/parseDraft';
import { FindingCode } from '../../../src/core/model';
import { createCore, type AttestCore } from '../../../src/core/service';
import { assertFindings, assertWellFormed, seenOf } from './assertions';
import { memoryHost } from '../corpus/helpers';
import { bigDraft, CONTRADICTED, draftFiles, lines, oneLongLine } from './inputs';

const REPO = join(__dirname, '..', '..', '..', '..');

/** Bytes to text as the CLI reads a draft: UTF-8 or UTF-16 with a BOM, else UTF-8 with U+FFFD for bad bytes. */
function readDraft(content: string | Uint8Array): string {
  if (typeof content === 'string') return content;
  const decoded = decodeText(content);
  return decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(content);
}

let fixtureCore: Promise<AttestCore> | undefined;
function core(): Promise<AttestCore> {
  fixtureCore ??= loadCorpus(nodeCorpusHost, [join(REPO, 'test', 'fixtures', 'workspace', 'corpus')]).then((corpus) => {
    assert.deepEqual(corpus.problems, [], 'the fixture corpus is clean');
    return createCore(corpus);
  });
  return fixtureCore;
}

describe('hardening: drafts', function () {
  this.timeout(60_000);

  for (const draft of draftFiles()) {
    it(`${draft.path}: findings on the right characters`, async () => {
      const text = readDraft(draft.content);
      const findings = (await core()).check(text, draft.path, kindForPath(draft.path));
      assertWellFormed(draft.path, text, findings);
      assertFindings(draft.path, text, seenOf(findings), draft.expect ?? [], draft.exact ?? false);
    });
  }

  it('skips a 50 MB draft with one information finding naming the limit and the setting', async () => {
    const text = bigDraft(50 * 1024 * 1024);
    const findings = (await core()).check(text, 'huge.md', 'markdown');
    assert.deepEqual(findings.map((f) => [f.code, f.severity, f.span.start, f.span.end]), [[FindingCode.DraftSkipped, 'information', 0, 0]]);
    assert.match(findings[0]!.message, /above the limit of 5,000,000 \(setting attest\.maxDraftSize\)/);
  });

  it('checks a draft just under the default limit to the end', async function () {
    this.timeout(180_000);
    const text = bigDraft(DEFAULT_MAX_DRAFT_LENGTH - 1000);
    assert.ok(text.length <= DEFAULT_MAX_DRAFT_LENGTH);
    const findings = (await core()).check(text, 'big.md', 'markdown');
    const last = findings[findings.length - 1]!;
    assert.equal(last.code, FindingCode.Contradiction);
    assert.equal(text.slice(last.span.start, last.span.end), CONTRADICTED);
  });

  it('honours a lower limit, and a limit of 0 skips any non-empty draft', async () => {
    const c = await core();
    assert.deepEqual(c.check(CONTRADICTED, 'd.md', 'markdown', { maxDraftLength: 10 }).map((f) => f.code), [FindingCode.DraftSkipped]);
    assert.deepEqual(c.check(CONTRADICTED, 'd.md', 'markdown', { maxDraftLength: 0 }).map((f) => f.code), [FindingCode.DraftSkipped]);
    assert.deepEqual(c.check(CONTRADICTED, 'd.md', 'markdown', { maxDraftLength: CONTRADICTED.length }).map((f) => f.code), [FindingCode.Contradiction]);
  });

  it('checks a 1 MB single line to its last sentence', async () => {
    const text = oneLongLine(1024 * 1024);
    for (const kind of ['markdown', 'plaintext'] as const) {
      const findings = (await core()).check(text, `line.${kind === 'markdown' ? 'md' : 'txt'}`, kind);
      assertWellFormed(`1 MB line (${kind})`, text, findings);
      assertFindings(`1 MB line (${kind})`, text, seenOf(findings), [
        { code: 'contradiction', at: CONTRADICTED },
        { code: 'unknown-citation', at: 'hz-nope-long-line' },
      ], false);
    }
  });

  it('keeps each finding message on one line when the claim\'s text, attribution and outlet span lines', async () => {
    const corpus = await loadCorpus(memoryHost({
      '/c/s.md': lines('---', 'id: hz-ml-source', 'outlet: "Hardening\\nWire"', 'title: T', '---'),
      '/c/c.yaml': lines(
        'claims:',
        '  - id: hz-multiline',
        '    text: |',
        '      The hardening office counted 41 ballots',
        '      in Ward Nine.',
        '    source: hz-ml-source',
        '    quote: q',
        '    attributedTo: |',
        '      Ward Nine',
        '      returning office',
      ),
    }), ['/c']);
    assert.deepEqual(corpus.problems, []);
    const text = 'The hardening office counted 99 ballots in Ward Nine.\n\nThe hardening office counted 41 ballots in Ward Nine.\n';
    const findings = createCore(corpus).check(text, 'd.md', 'markdown');
    assert.deepEqual(findings.map((f) => f.code), [FindingCode.Contradiction, FindingCode.MissingCitation]);
    assertWellFormed('claim fields over several lines', text, findings);
  });

  // Sentences built to be expensive for the fact extractors and the judge: hundreds of thousands of
  // numbers, dates, names, negations or citations in one sentence.
  const unit = (s: string, size = 200_000) => s.repeat(Math.ceil(size / s.length));
  const pathological: [string, string][] = [
    ['numbers', unit('1 22 333 4,444 5.5 6% $7 ')],
    ['number words', unit('seventeen hundred and twenty-two thousand ')],
    ['dates', unit('on 5 May 2023, in September 2023, 2023-09-05, ')],
    ['capitalised names', unit('Havana Moscow Díaz-Canel Putin Koronelli EFE Cyber Resistance ')],
    ['negations and antonyms', unit('not never denied no neither nor refused tolerated against ')],
    ['qualifiers', unit('at least about nearly more than fewer than up to ')],
    ['one long word', 'x'.repeat(200_000)],
    ['known citations', unit('[@demo-passports] [@demo-source] ')],
    ['unknown citations', Array.from({ length: 5_000 }, (_, i) => `[@hz-unknown-${i}]`).join(' ')],
    ['a sentence the corpus speaks to, repeated without a stop', unit('the Cuban authorities arrested 300 people linked to the recruitment network and ')],
  ];
  for (const [name, sentence] of pathological) {
    it(`judges one sentence of ${name} (${(sentence.length / 1000).toFixed(0)} K characters)`, async () => {
      const text = `${sentence.trim()}.`;
      const findings = (await core()).check(text, 'd.md', 'markdown');
      assertWellFormed(name, text, findings);
    });
  }
});
