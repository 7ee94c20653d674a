// The words a writer reads in the Problems panel. One place, so the CLI and the editor agree.
import type { Corpus } from '../corpus/types';
import type { Claim } from '../model';

/** "Claim text" (who asserts it, outlet, date) — a claim in one line. */
export function describeClaim(claim: Claim, corpus: Corpus): string {
  const source = corpus.sources.get(claim.source);
  // Corpus text may hold line breaks or run long: a message stays one readable line.
  const origin = [claim.attributedTo, source && source.outlet !== claim.attributedTo ? source.outlet : undefined, source?.published]
    .filter((part): part is string => Boolean(part))
    .map((part) => oneLine(part, 80))
    .join(', ');
  return `"${oneLine(claim.text, 200)}" (${origin})`;
}

/** Collapses whitespace and cuts long text with an ellipsis. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
