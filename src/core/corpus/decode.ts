// Bytes → text for corpus files. Authors save from many editors: accept UTF-8 (with or without BOM)
// and UTF-16 with a BOM; anything else becomes a finding, never an exception.
import { FindingCode, type Finding } from '../model';
import { corpusProblem } from './problems';

/** The decoded text, or the `corpus-unreadable` finding explaining why there is none. */
export type DecodeResult = { readonly text: string } | { readonly problem: Finding };

/** The decoded text, or why the bytes are not text. */
export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/**
 * Decodes bytes as text: UTF-16 LE/BE when they start with that byte-order mark, else strict UTF-8
 * (a leading BOM is dropped). Returns `ok: false` with a reason for invalid bytes (naming the first
 * bad byte), an odd-length UTF-16 file, or NUL characters (UTF-16 saved without a BOM).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const fail = (reason: string): DecodedText => ({ ok: false, reason });
  let text: string;
  // In valid UTF-8 a NUL character is exactly a zero byte, which a native search of the bytes finds;
  // the decoded text is searched (for the offset) only when there is one. UTF-16 is searched as text.
  let mayHoldNul = true;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const bigEndian = bytes[0] === 0xfe;
    if (bytes.length % 2 !== 0) return fail('UTF-16 file with an odd number of bytes');
    try {
      text = decodeUtf16(bytes, bigEndian);
    } catch {
      return fail(`not valid UTF-16${bigEndian ? 'BE' : 'LE'} (unpaired surrogate)`);
    }
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail(`not valid UTF-8 at byte ${firstInvalidUtf8Byte(bytes)}`);
    }
    mayHoldNul = bytes.indexOf(0) >= 0;
  }
  const nul = mayHoldNul ? text.indexOf('\0') : -1;
  if (nul >= 0) return fail(`contains a NUL character at offset ${nul} (UTF-16 saved without a byte-order mark?)`);
  return { ok: true, text };
}

/** `decodeText` for a corpus file: the text, or a `corpus-unreadable` finding at the file's start. */
export function decodeCorpusBytes(file: string, bytes: Uint8Array): DecodeResult {
  const decoded = decodeText(bytes);
  if (decoded.ok) return { text: decoded.text };
  return { problem: corpusProblem(FindingCode.CorpusUnreadable, file, { start: 0, end: 0 }, `Cannot read corpus file: ${decoded.reason}.`) };
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  // utf-16be is missing from some small-ICU runtimes; swapping bytes and decoding as LE always works.
  let body = bytes.subarray(2);
  if (bigEndian) {
    const swapped = new Uint8Array(body.length);
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1]!;
      swapped[i + 1] = body[i]!;
    }
    body = swapped;
  }
  return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(body);
}

/**
 * The 0-based index of the first byte that breaks UTF-8 (TextDecoder does not say where).
 * Only called once decoding has failed, so its cost does not matter.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid too.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}
