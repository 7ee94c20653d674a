// A small binary container: a JSON header and named sections of bytes, 32-bit integers or text, each
// starting on a 4-byte boundary so integer sections are read in place as Int32Array views (no copy,
// no parsing). A checksum over everything after the fixed prefix catches a damaged file before any
// section is trusted. Integers are in the platform's byte order (little-endian everywhere Attest runs);
// the magic word, read as an integer, would not match on a big-endian machine.
//
// Layout: "ATTESTSF" (8 bytes) · total length (u32) · checksum (u32) · header length (u32) · 0 (u32) ·
// header JSON (padded to 4) · sections (each padded to 4).

const MAGIC = 'ATTESTSF';
const MAGIC_BYTES = [...MAGIC].map((c) => c.charCodeAt(0));
const PREFIX = 24;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export type SectionData = Uint8Array | Int32Array | string;

/** Where a section lies: [byte offset from the file start, byte length]. */
type Extent = readonly [number, number];

/** The file: `header` (any JSON) and the sections by name. */
export function writeSections(header: unknown, sections: Readonly<Record<string, SectionData>>): Uint8Array {
  const bodies: [string, Uint8Array][] = Object.entries(sections).map(([name, data]) => [name, bytesOf(data)]);
  // Section extents go in the header, whose own length shifts them: lay out from a provisional header
  // length, and redo once when the header's length came out otherwise (at most twice in practice).
  let headerLength = 0;
  for (;;) {
    let at = PREFIX + pad4(headerLength);
    const extents: Record<string, Extent> = {};
    for (const [name, body] of bodies) {
      extents[name] = [at, body.length];
      at += pad4(body.length);
    }
    const headerBytes = encoder.encode(JSON.stringify({ header, sections: extents }));
    if (pad4(headerBytes.length) !== pad4(headerLength)) {
      headerLength = headerBytes.length;
      continue;
    }
    const file = new Uint8Array(at);
    file.set(MAGIC_BYTES, 0);
    const prefix = new Uint32Array(file.buffer, 8, 4);
    prefix[0] = at;
    prefix[2] = headerBytes.length;
    file.set(headerBytes, PREFIX);
    for (const [name, body] of bodies) file.set(body, extents[name][0]);
    prefix[1] = checksum(new Int32Array(file.buffer, 16));
    return file;
  }
}

/** A file read by `readSections`: its header, then sections on demand once `verify` says the bytes are intact. */
export interface SectionFile {
  readonly header: unknown;
  /** Undefined when the checksum matches; else why not. Costs one pass over the file. */
  verify(): string | undefined;
  /** These throw when the section is missing, out of bounds or (for text) not UTF-8. */
  bytes(name: string): Uint8Array;
  int32(name: string): Int32Array;
  text(name: string): string;
}

/** Reads the prefix and header of a file made by `writeSections`; a reason string when it is not one. Never throws. */
export function readSections(input: Uint8Array): SectionFile | string {
  if (input.length < PREFIX) return `truncated (${input.length} bytes)`;
  if (!MAGIC_BYTES.every((byte, i) => input[i] === byte)) return 'not an Attest binary file';
  // Integer views need a 4-byte-aligned start: Node's pooled Buffers may not give one.
  const file = input.byteOffset % 4 === 0 ? input : input.slice();
  const prefix = new Uint32Array(file.buffer, file.byteOffset + 8, 4);
  const [total, sum, headerLength] = prefix;
  if (total !== file.length) return `truncated or padded (${file.length} bytes, the file says ${total})`;
  if (total % 4 !== 0 || headerLength > total - PREFIX) return 'the header length is out of bounds';
  let parsed: { header?: unknown; sections?: Record<string, Extent> };
  try {
    parsed = JSON.parse(decoder.decode(file.subarray(PREFIX, PREFIX + headerLength))) as typeof parsed;
  } catch (error) {
    return `the header is not valid JSON (${(error as Error).message})`;
  }
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.sections !== 'object' || parsed.sections === null) return 'the header lists no sections';
  const sections = parsed.sections;
  const extent = (name: string): Extent => {
    const e = Object.prototype.hasOwnProperty.call(sections, name) ? sections[name] : undefined;
    if (!Array.isArray(e) || !Number.isInteger(e[0]) || !Number.isInteger(e[1]) || e[0] < PREFIX || e[1] < 0 || e[0] + e[1] > total) {
      throw new Error(`section "${name}" is missing or out of bounds`);
    }
    return e;
  };
  return {
    header: parsed.header,
    verify: () => (checksum(new Int32Array(file.buffer, file.byteOffset + 16, (total - 16) / 4)) === (sum | 0) ? undefined : 'the checksum does not match (the file is damaged)'),
    bytes: (name) => {
      const [at, length] = extent(name);
      return file.subarray(at, at + length);
    },
    int32: (name) => {
      const [at, length] = extent(name);
      if (at % 4 !== 0 || length % 4 !== 0) throw new Error(`section "${name}" is not aligned`);
      return new Int32Array(file.buffer, file.byteOffset + at, length / 4);
    },
    text: (name) => {
      const [at, length] = extent(name);
      return decoder.decode(file.subarray(at, at + length));
    },
  };
}

function bytesOf(data: SectionData): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  return data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

const pad4 = (n: number): number => (n + 3) & ~3;

/**
 * A 32-bit hash of `words`: four FNV-style lanes (independent multiplications run in parallel), so a
 * 100 MB cache is checked in a few tens of milliseconds. Every step is a bijection of the lane's state,
 * so any single changed word changes the result.
 */
function checksum(words: Int32Array): number {
  const prime = 0x01000193;
  let a = 0x811c9dc5 | 0;
  let b = 0x2545f491;
  let c = 0x3c6ef372;
  let d = 0x5bd1e995;
  const n = words.length;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    a = Math.imul(a ^ words[i], prime);
    b = Math.imul(b ^ words[i + 1], prime);
    c = Math.imul(c ^ words[i + 2], prime);
    d = Math.imul(d ^ words[i + 3], prime);
  }
  for (; i < n; i++) a = Math.imul(a ^ words[i], prime);
  // Rotations keep a change in one lane from cancelling the same change in another.
  return (a ^ ((b << 7) | (b >>> 25)) ^ ((c << 13) | (c >>> 19)) ^ ((d << 21) | (d >>> 11)) ^ n) | 0;
}
