// Renders a HoverModel as Markdown. All corpus text is escaped (markdown.ts); the only links are
// `command:attest.showClaim` links built from ids and http(s) source URLs that pass `safeWebUrl`.
import type { ClaimCard, HoverModel, RelatedClaim, SourceCard } from './hoverModel';
import { blockQuote, commandUri, escapeMarkdown, link, oneLineText, safeWebUrl } from './markdown';

/** The one command hover links may run; the adapter trusts exactly this one. */
export const SHOW_CLAIM_COMMAND = 'attest.showClaim';

/** A link target that opens claim (or source) `id` in its corpus file. */
export function showClaimUri(id: string): string {
  return commandUri(SHOW_CLAIM_COMMAND, [id]);
}

/** The hover as Markdown, sections separated by horizontal rules. */
export function renderHover(model: HoverModel): string {
  switch (model.kind) {
    case 'claim':
      return [renderClaim(model.claim), renderRelated(model.related)].filter(Boolean).join('\n\n---\n\n');
    case 'source':
      return [
        `**Source** ${code(model.source.id)}`,
        renderSource(model.source),
        `${model.claimCount} ${model.claimCount === 1 ? 'claim' : 'claims'} in the corpus · ${link('Open source', showClaimUri(model.source.id))}`,
      ].join('\n\n');
    case 'unknown': {
      const hint = model.suggestions.length > 0
        ? ` Did you mean ${model.suggestions.map((id) => link(`@${id}`, showClaimUri(id))).join(', ')}?`
        : '';
      return `**Unknown citation** ${code(model.id)}: no claim or source in the corpus has this id.${hint}`;
    }
    case 'verdict': {
      const head = model.verdict === 'supported'
        ? `**Supported** by ${model.claims.length === 1 ? 'a claim' : 'claims'} in the corpus (not cited yet)`
        : `**Contradicts** a claim in the corpus${model.detail ? `: ${escapeMarkdown(oneLineText(model.detail, 200))}` : ''}`;
      return [head, ...model.claims.map(renderClaim)].join('\n\n---\n\n');
    }
  }
}

/** The claim card: id, text, quote, source line, who asserts it, and a link to open it. */
export function renderClaim(claim: ClaimCard): string {
  const lines = [
    `**Claim** ${code(claim.id)}${claim.date ? ` · ${escapeMarkdown(claim.date)}` : ''}`,
    escapeMarkdown(oneLineText(claim.text)),
  ];
  if (claim.quote.trim()) lines.push(blockQuote(claim.quote));
  lines.push(claim.source ? renderSource(claim.source) : `Source: ${code(claim.sourceId)} (not in the corpus)`);
  if (claim.attributedTo.trim()) lines.push(`Asserted by: ${escapeMarkdown(oneLineText(claim.attributedTo, 200))}`);
  lines.push(link('Open claim', showClaimUri(claim.id)));
  return lines.join('\n\n');
}

/** One line: *title* — outlet, author, translator, date, kind · link. */
export function renderSource(source: SourceCard): string {
  const who = [
    source.outlet,
    source.author && source.author !== source.outlet ? `by ${source.author}` : undefined,
    source.translator ? `translated by ${source.translator}` : undefined,
    source.published,
    source.kind,
  ].filter((part): part is string => Boolean(part && part.trim()));
  const url = safeWebUrl(source.url);
  const linkPart = url ? ` · ${link('link', url)}` : source.url ? ` · ${escapeMarkdown(oneLineText(source.url, 200))}` : '';
  const title = source.title.trim() ? `*${escapeMarkdown(oneLineText(source.title, 200))}* — ` : '';
  return `Source: ${title}${escapeMarkdown(oneLineText(who.join(', '), 300))}${linkPart}`;
}

function renderRelated(related: readonly RelatedClaim[]): string {
  if (related.length === 0) return '';
  return related
    .map((r) => `${capitalize(r.relation)} ${link(`@${r.id}`, showClaimUri(r.id))}: ${escapeMarkdown(oneLineText(r.text, 200))}`)
    .join('  \n');
}

/** An id as inline code; backticks cannot occur in ids that parse, but are stripped to be sure. */
function code(id: string): string {
  return `\`@${id.replace(/`/g, '')}\``;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
