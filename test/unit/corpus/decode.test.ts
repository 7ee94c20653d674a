import * as assert from 'node:assert/strict';
import { decodeCorpusBytes, decodeText, firstInvalidUtf8Byte } from '../../../src/core/corpus/decode';
import { FindingCode } from '../../../src/core/model';

const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return out;
};

describe('corpus: decoding bytes', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    assert.deepEqual(decodeText(new TextEncoder().encode('\uFEFFclaims: “ok” — ñ 🎉')), { ok: true, text: 'claims: “ok” — ñ 🎉' });
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const text = 'claims:\n  - id: ñandú-🎉\n';
    assert.deepEqual(decodeText(utf16(text, false)), { ok: true, text });
    assert.deepEqual(decodeText(utf16(text, true)), { ok: true, text });
  });

  it('turns invalid UTF-8 into a corpus-unreadable finding naming the byte', () => {
    const bytes = new Uint8Array([0x61, 0x62, 0xc3, 0xa9, 0xff, 0x63]);
    const result = decodeCorpusBytes('bad.yaml', bytes);
    assert.ok('problem' in result);
    assert.equal(result.problem.code, FindingCode.CorpusUnreadable);
    assert.equal(result.problem.file, 'bad.yaml');
    assert.equal(result.problem.message, 'Cannot read corpus file: not valid UTF-8 at byte 4.');
  });

  it('finds the first bad byte: truncated, overlong, surrogate and out-of-range sequences', () => {
    assert.equal(firstInvalidUtf8Byte(new Uint8Array([0x61, 0xe2, 0x82])), 1);
    assert.equal(firstInvalidUtf8Byte(new Uint8Array([0xc0, 0xaf])), 0);
    assert.equal(firstInvalidUtf8Byte(new Uint8Array([0x61, 0xed, 0xa0, 0x80])), 1);
    assert.equal(firstInvalidUtf8Byte(new Uint8Array([0xf4, 0x90, 0x80, 0x80])), 0);
    assert.equal(firstInvalidUtf8Byte(new TextEncoder().encode('fine ✓')), 8, 'valid: the length');
  });

  it('refuses odd-length UTF-16 and NUL characters (UTF-16 without BOM)', () => {
    assert.deepEqual(decodeText(new Uint8Array([0xff, 0xfe, 0x61])), { ok: false, reason: 'UTF-16 file with an odd number of bytes' });
    const noBom = utf16('id: x', false).subarray(2);
    const result = decodeText(noBom);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /NUL character at offset 1/);
    // UTF-8 is searched as bytes first; the offset is still the text's (after a BOM and multi-byte characters).
    const utf8 = decodeText(new TextEncoder().encode('\uFEFFñ🎉 x\0y'));
    assert.deepEqual(utf8, { ok: false, reason: 'contains a NUL character at offset 5 (UTF-16 saved without a byte-order mark?)' });
  });
});
