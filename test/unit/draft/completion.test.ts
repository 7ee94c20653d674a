import * as assert from 'node:assert';
import { completionContext } from '../../../src/core/draft/citations';
import { analyzeText } from '../../../src/core/draft/markdownProse';
import { joinLines, slice, withCursor } from './helpers';

function contextAt(marked: string, withMarks = false) {
  const { text, offset } = withCursor(marked);
  const ctx = completionContext(text, offset, withMarks ? analyzeText(text, 'markdown').marks : undefined);
  return ctx && { prefix: ctx.prefix, replace: slice(text, ctx.replaceSpan), inBrackets: ctx.inBrackets, needsClosingBracket: ctx.needsClosingBracket };
}

describe('completionContext', () => {
  it('offers keys right after [@', () => {
    assert.deepStrictEqual(contextAt('Claim [@|'), { prefix: '', replace: '', inBrackets: true, needsClosingBracket: true });
    assert.deepStrictEqual(contextAt('Claim [@|]'), { prefix: '', replace: '', inBrackets: true, needsClosingBracket: false });
  });

  it('offers keys after a partial id, replacing the whole id around the cursor', () => {
    assert.deepStrictEqual(contextAt('Claim [@mil|'), { prefix: 'mil', replace: 'mil', inBrackets: true, needsClosingBracket: true });
    assert.deepStrictEqual(contextAt('Claim [@mil|ian-id].'), { prefix: 'mil', replace: 'milian-id', inBrackets: true, needsClosingBracket: false });
    assert.deepStrictEqual(contextAt('Claim [@milian-|'), { prefix: 'milian-', replace: 'milian-', inBrackets: true, needsClosingBracket: true });
  });

  it('offers keys after ; @, after a prefix, and after -@', () => {
    assert.deepStrictEqual(contextAt('[@a; @|]'), { prefix: '', replace: '', inBrackets: true, needsClosingBracket: false });
    assert.deepStrictEqual(contextAt('[@a;@b|'), { prefix: 'b', replace: 'b', inBrackets: true, needsClosingBracket: true });
    assert.deepStrictEqual(contextAt('[see @do|, p. 3]'), { prefix: 'do', replace: 'do', inBrackets: true, needsClosingBracket: false });
    assert.deepStrictEqual(contextAt('[-@|'), { prefix: '', replace: '', inBrackets: true, needsClosingBracket: true });
  });

  it('offers bare keys in running text, outside brackets', () => {
    assert.deepStrictEqual(contextAt('As @do| says'), { prefix: 'do', replace: 'do', inBrackets: false, needsClosingBracket: false });
    assert.deepStrictEqual(contextAt('@|'), { prefix: '', replace: '', inBrackets: false, needsClosingBracket: false });
  });

  it('sees brackets across a line break but not across a blank line', () => {
    assert.strictEqual(contextAt(joinLines('[see', '@a|'))?.inBrackets, true);
    assert.strictEqual(contextAt(joinLines('[see', '', '@a|'))?.inBrackets, false);
    assert.strictEqual(contextAt('[see\r\n@a|')?.inBrackets, true);
    assert.strictEqual(contextAt(joinLines('[@a|', 'more text]'))?.needsClosingBracket, false);
    assert.strictEqual(contextAt(joinLines('[@a|', '', 'later]'))?.needsClosingBracket, true);
    assert.strictEqual(contextAt('[@a| and [@b]')?.needsClosingBracket, true);
  });

  it('offers nothing after an e-mail’s @, away from any @, after a closed group, or in code', () => {
    assert.strictEqual(contextAt('write to a@|'), undefined);
    assert.strictEqual(contextAt('write to me.name@exa|'), undefined);
    assert.strictEqual(contextAt('plain text|'), undefined);
    assert.strictEqual(contextAt('[@a] |'), undefined);
    assert.strictEqual(contextAt('a -@|'), undefined);
    assert.strictEqual(contextAt('Use `[@|`', true), undefined);
    assert.strictEqual(contextAt(joinLines('```', '[@|', '```'), true), undefined);
    assert.deepStrictEqual(contextAt('Use `x` [@|', true), { prefix: '', replace: '', inBrackets: true, needsClosingBracket: true });
  });

  it('ignores out-of-range offsets', () => {
    assert.strictEqual(completionContext('[@a', 99), undefined);
    assert.strictEqual(completionContext('[@a', -1), undefined);
  });
});
