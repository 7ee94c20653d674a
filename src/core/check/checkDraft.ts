// Turns a draft into findings: each sentence judged, each citation resolved.
import type { CitationGroup, DraftKind, DraftSentence, ParsedDraft } from '../draft/types';
import { parseDraft } from '../draft/parseDraft';
import { looksBinary } from '../draft/binary';
import { groupThousands } from '../text/counts';
import { factsOf, type TextFacts } from '../facts/textFacts';
import type { ClaimIndex } from '../index/claimIndex';
import { DEFAULT_SEVERITY, FindingCode, type Finding, type Severity } from '../model';
import { SentenceCache, type SentenceFinding } from './sentenceCache';
import { judgeCited, judgeSentence } from './judge';
import { describeClaim, oneLine } from './messages';
import { shownName } from '../facts/entities';

export type SeveritySetting = Severity | 'off';

export interface CheckOptions {
  /** Per-code severity; `off` drops the code. */
  readonly severity?: Partial<Record<FindingCode, SeveritySetting>>;
  /** Drafts longer than this many UTF-16 units are not checked; one information finding says so. */
  readonly maxDraftLength?: number;
  /** Findings of the previous check of the same draft: unchanged sentences are not judged again. */
  readonly cache?: SentenceCache;
}

export const DEFAULT_MAX_DRAFT_LENGTH = 5_000_000;

type FindingDraft = SentenceFinding;

/** Every finding for a draft, in document order. */
export function checkDraft(text: string, file: string, kind: DraftKind, index: ClaimIndex, options: CheckOptions = {}): Finding[] {
  const max = options.maxDraftLength ?? DEFAULT_MAX_DRAFT_LENGTH;
  if (text.length > max) {
    return finish(file, options, [{
      code: FindingCode.DraftSkipped,
      message: `Attest skipped this draft: it has ${groupThousands(text.length)} characters, above the limit of ${groupThousands(max)} (setting attest.maxDraftSize).`,
      start: 0, end: 0, claims: [],
    }]);
  }
  if (looksBinary(text)) {
    return finish(file, options, [{ code: FindingCode.DraftSkipped, message: 'Attest skipped this file: it looks binary, not text.', start: 0, end: 0, claims: [] }]);
  }
  return checkParsed(parseDraft(text, kind), file, index, options);
}

/** Findings for an already parsed draft. */
export function checkParsed(draft: ParsedDraft, file: string, index: ClaimIndex, options: CheckOptions = {}): Finding[] {
  const out: FindingDraft[] = [];
  const cache = options.cache;
  for (const sentence of draft.sentences) {
    if (sentence.ignored) continue;
    out.push(...(cache ? cache.findings(sentence, () => checkSentence(sentence, index)) : checkSentence(sentence, index)));
  }
  cache?.endCheck();
  return finish(file, options, out);
}

function finish(file: string, options: CheckOptions, drafts: readonly FindingDraft[]): Finding[] {
  const findings: Finding[] = [];
  for (const d of drafts) {
    const setting = options.severity?.[d.code] ?? DEFAULT_SEVERITY[d.code];
    if (setting === 'off') continue;
    findings.push({
      code: d.code, severity: setting, message: d.message, span: { start: d.start, end: d.end }, file, claims: d.claims,
      ...(d.replacement ? { replacement: d.replacement } : {}), ...(d.suggestions ? { suggestions: d.suggestions } : {}),
    });
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** The claim ids a citation group stands for (a source id stands for all its claims), and the keys that resolve to nothing. */
export function resolveCitations(groups: readonly CitationGroup[], index: ClaimIndex): { ids: string[]; unknown: CitationGroup['keys'][number][] } {
  const ids: string[] = [];
  const unknown: CitationGroup['keys'][number][] = [];
  for (const group of groups) {
    for (const key of group.keys) {
      if (index.corpus.claims.has(key.id)) ids.push(key.id);
      else if (index.corpus.sources.has(key.id)) ids.push(...(index.corpus.claimsBySource.get(key.id) ?? []));
      else unknown.push(key);
    }
  }
  return { ids: [...new Set(ids)], unknown };
}

/** The findings for one sentence, with offsets into the draft. */
export function checkSentence(sentence: DraftSentence, index: ClaimIndex): FindingDraft[] {
  const out: FindingDraft[] = [];
  const { start, end } = sentence.span;
  const corpus = index.corpus;
  const { ids, unknown } = resolveCitations(sentence.citations, index);
  for (const key of unknown) {
    const suggestions = index.nearIds(key.id);
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `@${s}`).join(', ')}?` : '';
    out.push({ code: FindingCode.UnknownCitation, message: `No claim or source in the corpus has the id "${key.id}".${hint}`, start: key.idSpan.start, end: key.idSpan.end, claims: [], suggestions });
  }
  const facts = factsOf(sentence.prose);
  const replacementAt = (span?: { start: number; end: number }, value?: string) =>
    span && value ? { span: { start: start + span.start, end: start + span.end }, text: value } : undefined;

  if (ids.length > 0) {
    const cited = judgeCited(sentence.prose, ids, index, facts);
    if (cited.support.length > 0) return out;
    const best = cited.best;
    if (best && cited.conflict) {
      const claim = corpus.claims.get(best.claimId)!;
      out.push({
        code: FindingCode.CitationMismatch, start, end, claims: [best.claimId],
        message: `The cited claim [@${best.claimId}] says otherwise: ${cited.conflict.detail}. Claim: ${describeClaim(claim, corpus)}.`,
        replacement: replacementAt(cited.conflict.sentenceSpan, cited.conflict.claimValue),
      });
    } else {
      const shown = ids.slice(0, 3).map((id) => `[@${id}]`).join(', ');
      out.push({
        code: FindingCode.CitationMismatch, start, end, claims: ids.slice(0, 3),
        message: `The cited ${ids.length === 1 ? 'claim does' : 'claims do'} not say what this sentence says: ${shown}${best ? ` — closest: ${describeClaim(corpus.claims.get(best.claimId)!, corpus)}` : ''}.`,
      });
    }
    // A sentence citing the wrong claim may still contradict another one.
    const verdict = judgeSentence(sentence.prose, index, facts);
    if (verdict.kind === 'contradiction' && !ids.includes(verdict.against.claimId)) out.push(contradiction(verdict, start, end, index, replacementAt));
    return out;
  }

  const verdict = judgeSentence(sentence.prose, index, facts);
  switch (verdict.kind) {
    case 'supported': {
      // The writer tried to cite: the unknown-citation finding and its fixes say what to do.
      if (unknown.length > 0) break;
      const best = verdict.support.slice(0, 3).map((a) => a.claimId);
      const claim = corpus.claims.get(best[0])!;
      out.push({
        code: FindingCode.MissingCitation, start, end, claims: best,
        message: `Supported by [@${best[0]}] but cites nothing: ${describeClaim(claim, corpus)}.`,
      });
      break;
    }
    case 'contradiction':
      out.push(contradiction(verdict, start, end, index, replacementAt));
      break;
    case 'unsourced':
      out.push({ code: FindingCode.Unsourced, start, end, claims: [], message: `States a checkable fact${checkableDetail(facts)} that no claim in the corpus supports: cite a source, add a sourced claim, or rephrase.` });
      break;
    case 'none':
      break;
  }
  return out;
}

/** What makes the sentence checkable, for the message: ` ("$2,000", "Havana")`. */
function checkableDetail(facts: TextFacts): string {
  const values = [...facts.quantities.map((q) => q.phrase), ...facts.dates.map((d) => d.written)];
  if (values.length === 0 && facts.mentions.length > 0) values.push(...facts.mentionTexts.map(shownName));
  const shown = [...new Set(values)].slice(0, 3);
  return shown.length > 0 ? ` (${shown.map((v) => `"${oneLine(v, 60)}"`).join(', ')})` : '';
}

function contradiction(
  verdict: Extract<ReturnType<typeof judgeSentence>, { kind: 'contradiction' }>,
  start: number,
  end: number,
  index: ClaimIndex,
  replacementAt: (span?: { start: number; end: number }, value?: string) => Finding['replacement'],
): FindingDraft {
  const claim = index.corpus.claims.get(verdict.against.claimId)!;
  return {
    code: FindingCode.Contradiction, start, end, claims: [claim.id],
    message: `Contradicts [@${claim.id}]: ${verdict.conflict.detail}. Claim: ${describeClaim(claim, index.corpus)}.`,
    replacement: replacementAt(verdict.conflict.sentenceSpan, verdict.conflict.claimValue),
  };
}
