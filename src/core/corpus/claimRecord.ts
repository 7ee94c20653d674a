// A claim as stored in a packed corpus: a positional JSON array without the id and the file, which the
// pack holds once (the ids as one string, the files as a table indexed per claim). Written out as an
// object, every claim repeated its keys and its file's path: 40% of a 100,000-claim cache.
import type { Claim } from '../model';

// [text, source, quote, attributedTo, date (null when none), tags, contradicts, qualifies,
//  start line, start character, end line, end character]
type ClaimRecord = [string, string, string, string, string | null, string[], string[], string[], number, number, number, number];

const CLAIM_KEYS = 9;

/**
 * `claim`'s record JSON (without its id and file), or undefined when the claim holds anything a
 * record has no place for (a hand-built claim with extra fields): the caller then stores it whole.
 */
export function claimRecordJson(claim: Claim): string | undefined {
  const { location } = claim;
  // A `date` key holding undefined counts as a key, so such a claim is stored whole (and reads back alike).
  const plain = Object.keys(claim).length === (claim.date === undefined ? CLAIM_KEYS : CLAIM_KEYS + 1)
    && Object.keys(location).length === 3 && Object.keys(location.start).length === 2 && Object.keys(location.end).length === 2;
  if (!plain) return undefined;
  const record: ClaimRecord = [
    claim.text, claim.source, claim.quote, claim.attributedTo, claim.date ?? null, claim.tags as string[], claim.contradicts as string[], claim.qualifies as string[],
    location.start.line, location.start.character, location.end.line, location.end.character,
  ];
  return JSON.stringify(record);
}

/** The claim `json` holds: a record (see `claimRecordJson`) of claim `id` written in `file`, or a whole claim. */
export function claimFromJson(json: string, id: string, file: string | undefined): Claim {
  const parsed = JSON.parse(json) as ClaimRecord | Claim;
  if (!Array.isArray(parsed)) return parsed;
  if (file === undefined || parsed.length !== 12) throw new Error(`Packed claim "${id}" is malformed.`);
  const [text, source, quote, attributedTo, date, tags, contradicts, qualifies, startLine, startCharacter, endLine, endCharacter] = parsed;
  // The key order of a parsed claim (validateClaim.ts), so both serialise alike.
  return {
    id,
    text,
    source,
    quote,
    attributedTo,
    ...(date !== null ? { date } : {}),
    tags,
    contradicts,
    qualifies,
    location: { file, start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } },
  };
}
