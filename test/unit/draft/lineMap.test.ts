import * as assert from 'node:assert';
import { LineMap } from '../../../src/core/text/lineMap';

describe('LineMap', () => {
  it('maps offsets to lines and UTF-16 columns over \\n, \\r\\n and lone \\r', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const map = new LineMap(text);
    assert.strictEqual(map.lineCount, 4);
    assert.deepStrictEqual(map.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(map.positionAt(2), { line: 0, character: 2 });
    assert.deepStrictEqual(map.positionAt(3), { line: 1, character: 0 });
    assert.deepStrictEqual(map.positionAt(7), { line: 2, character: 0 });
    assert.deepStrictEqual(map.positionAt(10), { line: 3, character: 0 });
    assert.deepStrictEqual(map.positionAt(12), { line: 3, character: 2 });
    assert.strictEqual(map.offsetAt({ line: 2, character: 1 }), 8);
    assert.strictEqual(map.offsetAt({ line: 3, character: 2 }), 12);
  });

  it('puts an offset between \\r and \\n at the end of the line, as VS Code does', () => {
    const map = new LineMap('ab\r\ncd');
    assert.deepStrictEqual(map.positionAt(3), { line: 0, character: 2 });
  });

  it('clamps out-of-range input', () => {
    const map = new LineMap('ab\ncd');
    assert.deepStrictEqual(map.positionAt(-5), { line: 0, character: 0 });
    assert.deepStrictEqual(map.positionAt(99), { line: 1, character: 2 });
    assert.deepStrictEqual(map.positionAt(Number.NaN), { line: 0, character: 0 });
    assert.strictEqual(map.offsetAt({ line: -1, character: 3 }), 0);
    assert.strictEqual(map.offsetAt({ line: 0, character: 99 }), 2);
    assert.strictEqual(map.offsetAt({ line: 0, character: -3 }), 0);
    assert.strictEqual(map.offsetAt({ line: 9, character: 0 }), 5);
  });

  it('counts a trailing line break as an empty last line, and an empty text as one line', () => {
    assert.strictEqual(new LineMap('a\n').lineCount, 2);
    assert.deepStrictEqual(new LineMap('a\n').positionAt(2), { line: 1, character: 0 });
    assert.strictEqual(new LineMap('').lineCount, 1);
    assert.deepStrictEqual(new LineMap('').positionAt(0), { line: 0, character: 0 });
  });

  it('counts columns in UTF-16 units: an emoji takes two', () => {
    const text = '😀 ok\né';
    const map = new LineMap(text);
    assert.deepStrictEqual(map.positionAt(text.indexOf('ok')), { line: 0, character: 3 });
    assert.deepStrictEqual(map.rangeOf({ start: 0, end: 2 }), { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } });
  });
});
