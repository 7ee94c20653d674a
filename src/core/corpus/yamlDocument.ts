// Parsing one stretch of YAML safely: syntax errors become findings, and inputs that would hurt the
// editor (deep nesting, alias bombs) are refused before anything expands them.
import { Composer, Parser, YAMLParseError, isAlias, isCollection, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Alias, CST, Document, Node, ParsedNode } from 'yaml';
import { FindingCode, type Finding, type Span } from '../model';
import { corpusProblem, firstLineOf, lineSpanAt } from './problems';

/** Deeper collections are refused: yaml composes recursively and can crash the process near 900 levels. */
const MAX_NESTING = 64;
/** Aliases may repeat content, but not expand the document past this many nodes (or 10× its own size). */
const MAX_EXPANDED_NODES = 10_000;

/** A parsed stretch of YAML, with offsets translated back to the whole file. */
export interface YamlRegion {
  /** Absent when the region was refused (too deep, alias bomb): see `problems`. */
  readonly doc?: Document.Parsed;
  /** Syntax and alias problems, with file offsets. */
  readonly problems: readonly Finding[];
  /** True when yaml reported an error or an alias points nowhere: the parse may not mean what was meant. */
  readonly hasErrors: boolean;
  /** File offsets of those errors, ascending, so records around them can be left unvalidated. */
  readonly errorOffsets: readonly number[];
  /** True when some alias has no anchor before it (in a piece of a file, the anchor may be in another piece). */
  readonly unresolvedAliases: boolean;
  /** The node an alias stands for (undefined when no anchor of that name precedes it). */
  resolve(alias: Alias): ParsedNode | undefined;
  /** A node's span in the whole file (its value, without trailing comments). */
  span(node: Node): Span;
}

/**
 * Parses `text.slice(start, end)` as one YAML document (YAML 1.2 core schema, unique keys).
 * Never throws and never expands aliases; a refused region has no `doc`.
 */
export function parseYamlRegion(file: string, text: string, start = 0, end = text.length): YamlRegion {
  const source = text.slice(start, end);
  const problems: Finding[] = [];
  const refuse = (message: string, at = 0): YamlRegion => ({
    problems: [corpusProblem(FindingCode.CorpusYamlSyntax, file, lineSpanAt(text, start + at), message)],
    hasErrors: true,
    errorOffsets: [start + at],
    unresolvedAliases: false,
    resolve: () => undefined,
    span: () => ({ start, end: start }),
  });
  const tokens = [...new Parser().parse(source)];
  const deep = firstTooDeep(tokens);
  if (deep !== undefined) return refuse(`YAML nested more than ${MAX_NESTING} levels deep; file refused.`, deep);
  let doc: Document.Parsed | undefined;
  try {
    for (const next of new Composer({ uniqueKeys: true }).compose(tokens, true, source.length)) {
      if (doc) {
        doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Only one YAML document per file: remove the second "---"'));
        break;
      }
      doc = next;
    }
  } catch (error) {
    // Not expected after the depth check; a finding is still better than a crashed load.
    return refuse(`YAML could not be parsed (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!doc) return refuse('YAML could not be parsed.');
  const parsed = doc;
  const span = (node: Node): Span => {
    const range = node.range ?? [0, 0];
    return { start: start + range[0], end: start + range[1] };
  };
  const errorOffsets: number[] = [];
  const linesWithError = new Set<number>();
  for (const error of parsed.errors) {
    errorOffsets.push(start + error.pos[0]);
    // yaml often reports one mistake as a run of errors on the same line: the first says it best.
    const lineStart = text.lastIndexOf('\n', start + error.pos[0] - 1) + 1;
    if (linesWithError.has(lineStart)) continue;
    linesWithError.add(lineStart);
    problems.push(syntaxProblem(file, text, start, parsed, error.code, error.pos, error.message, span));
  }
  for (const warning of parsed.warnings) {
    problems.push(corpusProblem(FindingCode.CorpusYamlSyntax, file, errorSpan(text, start, warning.pos), `YAML: ${warning.message}.`, [], 'warning'));
  }
  // Aliases need a `*`; skipping the anchor scan without one keeps large plain files fast.
  const anchors = source.includes('*') ? indexAnchors(parsed) : undefined;
  const resolve = (alias: Alias): ParsedNode | undefined => {
    const candidates = anchors?.byName.get(alias.source) ?? [];
    const at = alias.range?.[0] ?? 0;
    let found: ParsedNode | undefined;
    for (const candidate of candidates) if ((candidate.range?.[0] ?? 0) <= at) found = candidate;
    return found;
  };
  let unresolvedAliases = false;
  if (anchors && anchors.aliases.length > 0) {
    for (const alias of anchors.aliases) {
      if (resolve(alias)) continue;
      unresolvedAliases = true;
      errorOffsets.push(span(alias).start);
      problems.push(corpusProblem(FindingCode.CorpusYamlSyntax, file, span(alias), `YAML alias *${alias.source} has no anchor &${alias.source} before it.`));
    }
    const limit = Math.max(MAX_EXPANDED_NODES, 10 * anchors.nodeCount);
    let expanded: number;
    try {
      expanded = expandedSize(parsed.contents, resolve, limit);
    } catch {
      expanded = Infinity; // a chain of thousands of anchors overflowed the stack: refuse it too
    }
    if (expanded > limit) {
      return refuse('YAML aliases would expand this file past a safe size (an alias bomb?); file refused.', anchors.aliases[0]!.range?.[0] ?? 0);
    }
  }
  errorOffsets.sort((a, b) => a - b);
  const hasErrors = parsed.errors.length > 0 || unresolvedAliases;
  return { doc: parsed, problems, hasErrors, errorOffsets, unresolvedAliases, resolve, span };
}

function syntaxProblem(
  file: string, text: string, start: number, doc: Document.Parsed, code: string, pos: [number, number], message: string, span: (node: Node) => Span,
): Finding {
  let at = errorSpan(text, start, pos);
  let hint = '';
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) {
    // yaml reports an unclosed quote where the file ends; the opening quote is what needs fixing.
    const scalar = findNode(doc, (node) => isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && span(node).start <= at.start && at.start <= span(node).end);
    if (scalar) at = span(scalar);
    const quote = /'/.test(message) ? "'" : '"';
    message = `this quoted text is never closed (missing closing ${quote})`;
  } else if (code === 'TAB_AS_INDENT' || /^ *\t/.test(text.slice(lineStartOf(text, at.start), at.start + 1))) {
    // Whatever yaml calls it, an error on a tab-indented line is the tab's fault.
    const lineStart = lineStartOf(text, at.start);
    at = { start: lineStart, end: lineStart + /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0].length };
    message = 'Tabs are not allowed as indentation';
    hint = ': indent with spaces';
  } else if (code === 'DUPLICATE_KEY') {
    at = keySpanAt(text, at);
    hint = `: "${text.slice(at.start, at.end)}" appears twice in this mapping`;
  }
  const first = firstLineOf(text, at);
  return corpusProblem(FindingCode.CorpusYamlSyntax, file, first.end > first.start ? first : at, `YAML syntax error: ${message.replace(/\.$/, '')}${hint}.`);
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The error position as a file span; a zero-width position is widened to one character when possible. */
function errorSpan(text: string, start: number, pos: [number, number]): Span {
  const from = Math.min(text.length, start + pos[0]);
  const to = Math.min(text.length, Math.max(from, start + pos[1]));
  return to > from ? { start: from, end: to } : { start: from, end: Math.min(text.length, from + 1) };
}

/** A duplicate-key error points at the key's first character; widen it to the whole key. */
function keySpanAt(text: string, at: Span): Span {
  const match = /^[^:\n\r]*?(?=\s*:(\s|$))/.exec(text.slice(at.start, Math.min(text.length, at.start + 1024)));
  return match && match[0].length > 0 ? { start: at.start, end: at.start + match[0].length } : at;
}

/** The index of the first token nested more than MAX_NESTING collections deep (iteratively: no recursion). */
function firstTooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: Array<[CST.Token | null | undefined, number]> = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!token) continue;
    if (depth > MAX_NESTING) return token.offset;
    if (token.type === 'document') stack.push([token.value, depth]);
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        stack.push([item.key, depth + 1], [item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

interface AnchorIndex {
  readonly byName: Map<string, ParsedNode[]>;
  readonly aliases: Alias[];
  readonly nodeCount: number;
}

function indexAnchors(doc: Document.Parsed): AnchorIndex {
  const byName = new Map<string, ParsedNode[]>();
  const aliases: Alias[] = [];
  let nodeCount = 0;
  visit(doc, (_key, node) => {
    if (isPair(node)) return;
    nodeCount++;
    if (isAlias(node)) aliases.push(node);
    else if ((isScalar(node) || isCollection(node)) && node.anchor) {
      const list = byName.get(node.anchor) ?? [];
      list.push(node as ParsedNode);
      byName.set(node.anchor, list);
    }
  });
  return { byName, aliases, nodeCount };
}

/**
 * How many nodes the document would have with every alias expanded, counted without expanding:
 * each node's size is computed once (memoised), so a billion-laughs file costs a few hundred steps.
 * Stops counting past `limit`. A self-containing alias counts as one node (yaml would make a cycle).
 */
function expandedSize(root: unknown, resolve: (alias: Alias) => ParsedNode | undefined, limit: number): number {
  const memo = new Map<unknown, number>();
  const onPath = new Set<unknown>();
  const size = (node: unknown): number => {
    if (!node || typeof node !== 'object') return 0;
    if (isAlias(node)) {
      const target = resolve(node);
      return !target || onPath.has(target) ? 1 : size(target);
    }
    const known = memo.get(node);
    if (known !== undefined) return known;
    onPath.add(node);
    let total = 1;
    if (isMap(node)) for (const pair of node.items) total += size(pair.key) + size(pair.value);
    else if (isSeq(node)) for (const item of node.items) total += size(item);
    onPath.delete(node);
    total = Math.min(total, limit + 1);
    memo.set(node, total);
    return total;
  };
  return size(root);
}

function findNode(doc: Document.Parsed, test: (node: Node) => boolean): Node | undefined {
  let found: Node | undefined;
  visit(doc, (_key, node) => {
    if (!isPair(node) && test(node as Node)) {
      found = node as Node;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}
