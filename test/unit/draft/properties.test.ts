// Properties that must hold for any input: no exception, spans inside the text and in order,
// prose aligned with the text, LineMap round trips.
import * as assert from 'node:assert';
import fc from 'fast-check';
import { citationAt, completionContext, findCitationAt, parseCitations } from '../../../src/core/draft/citations';
import { analyzeText, proseView } from '../../../src/core/draft/markdownProse';
import { parseDraft } from '../../../src/core/draft/parseDraft';
import type { DraftKind } from '../../../src/core/draft/types';
import { LineMap } from '../../../src/core/text/lineMap';

const PIECES = [
  '[@', '[', ']', '@', '@a', '@doe-2023', ';', '; @b', '-@', '`', '``', '```', '~~~', '\n', '\r\n', '\r', '\n\n', '.', '. ',
  '...', '…', '<!--', '-->', '<!-- attest-ignore -->', '<!-- attest-disable -->', '<!-- attest-enable -->', '<', '>', '> ',
  '#', '# ', '---', '- ', '* ', '1. ', '*', '**', '_', '~~', '|', '|---|', '(', ')', '](', '](http://x.org)', '![', '[^1]',
  '^[', '\\', 'http://a.b/c', 'a@b.com', ' ', '    ', '\t', 'Gen.', 'Mr.', 'U.S.', 'e.g.', '1.5', '$8.5', 'K.', 'word', 'Word',
  'The', 'é', 'e\u0301', '😀', '👩‍👧', 'ق', '中', '\uFEFF', '\u2028', '\ud800', '"', '“', '”', 'p. 3', ', ',
];

/** Markdown-ish text: random pieces of syntax, prose and awkward characters. */
const markdownish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(markdownish, fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }));
const kind = fc.constantFrom<DraftKind>('markdown', 'plaintext');

function assertSpan(span: { start: number; end: number }, length: number, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), what);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= length, `${what}: ${JSON.stringify(span)} in ${length}`);
}

const runs = { numRuns: 400 };

describe('properties', () => {
  it('proseView keeps the length and every line break, and only blanks', () => {
    fc.assert(fc.property(anyText, kind, (text, k) => {
      const prose = proseView(text, k);
      assert.strictEqual(prose.length, text.length);
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n' || c === '\r') assert.strictEqual(prose[i], c);
        else assert.ok(prose[i] === c || prose[i] === ' ', `unit ${i}`);
      }
    }), runs);
  });

  it('parseDraft gives ordered, non-overlapping, trimmed sentences with aligned prose', () => {
    fc.assert(fc.property(anyText, kind, (text, k) => {
      const draft = parseDraft(text, k);
      const view = proseView(text, k);
      let prevEnd = 0;
      for (const s of draft.sentences) {
        assertSpan(s.span, text.length, 'sentence');
        assert.ok(s.span.start >= prevEnd, 'sentences in order, not overlapping');
        assert.ok(s.span.end > s.span.start, 'non-empty');
        assert.strictEqual(s.prose, view.slice(s.span.start, s.span.end));
        assert.ok(!/^\s/.test(text.slice(s.span.start, s.span.end)) && !/\s$/.test(text.slice(s.span.start, s.span.end)), 'trimmed');
        assert.ok(/[\p{L}\p{N}]/u.test(s.prose), 'has words');
        for (const g of s.citations) assert.ok(draft.citations.includes(g));
        prevEnd = s.span.end;
      }
      const attached = draft.sentences.flatMap((s) => s.citations);
      assert.strictEqual(new Set(attached).size, attached.length, 'each citation attached at most once');
    }), runs);
  });

  it('citations have ordered, nested spans and ids matching their text', () => {
    fc.assert(fc.property(anyText, kind, (text, k) => {
      const analysis = analyzeText(text, k);
      // The final marks still tell where code is: parsing with them finds the same groups.
      assert.deepStrictEqual(parseCitations(text, analysis.marks), analysis.citations);
      for (const groups of [parseCitations(text), analysis.citations]) {
        let prevEnd = 0;
        for (const g of groups) {
          assertSpan(g.span, text.length, 'group');
          assert.ok(g.span.start >= prevEnd, 'groups in order');
          assert.ok(g.keys.length > 0);
          for (const key of g.keys) {
            assertSpan(key.span, text.length, 'key');
            assert.ok(g.span.start <= key.span.start && key.span.end <= g.span.end, 'key inside group');
            assert.ok(key.span.start <= key.idSpan.start && key.idSpan.end <= key.span.end, 'id inside key');
            assert.ok(key.id.length > 0);
            assert.strictEqual(key.id, text.slice(key.idSpan.start, key.idSpan.end));
          }
          prevEnd = g.span.end;
        }
      }
    }), runs);
  });

  it('citationAt agrees with the parsed groups, and completionContext stays in range', () => {
    fc.assert(fc.property(anyText, fc.nat(), (text, n) => {
      const offset = text.length === 0 ? 0 : n % (text.length + 1);
      assert.deepStrictEqual(citationAt(text, offset), findCitationAt(parseCitations(text), offset));
      const ctx = completionContext(text, offset);
      if (ctx) {
        assertSpan(ctx.replaceSpan, text.length, 'replaceSpan');
        assert.ok(ctx.replaceSpan.start <= offset && offset <= ctx.replaceSpan.end);
        assert.strictEqual(ctx.prefix, text.slice(ctx.replaceSpan.start, offset));
        assert.strictEqual(text[ctx.replaceSpan.start - 1], '@');
      }
    }), runs);
  });

  it('LineMap round-trips offsets and positions', () => {
    fc.assert(fc.property(anyText, fc.nat(), (text, n) => {
      const map = new LineMap(text);
      const offset = n % (text.length + 1);
      const pos = map.positionAt(offset);
      const insideCrlf = text[offset - 1] === '\r' && text[offset] === '\n';
      assert.strictEqual(map.offsetAt(pos), insideCrlf ? offset - 1 : offset);
      assert.deepStrictEqual(map.positionAt(map.offsetAt(pos)), pos);
      assert.strictEqual(map.lineCount, text.split(/\r\n|\r|\n/).length);
      assert.ok(pos.line < map.lineCount);
    }), runs);
  });
});
