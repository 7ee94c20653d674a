// The citation grammar (syntaxes/attest-citations.injection.json), checked in plain Node: its regexes
// are written in the subset that Oniguruma and JavaScript (with the `u` flag) read alike, so a small
// match/captures interpreter below can tell which scope each piece of a line gets.
// When the integration tests' code-server is installed, the same lines also go through VS Code's own
// vscode-textmate + Oniguruma with the real Markdown grammar.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');
const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'attest-citations.injection.json');

interface Capture {
  name?: string;
  patterns?: Pattern[];
}
interface Pattern {
  include?: string;
  name?: string;
  match?: string;
  captures?: Record<string, Capture>;
}
interface Grammar {
  scopeName: string;
  injectionSelector: string;
  patterns: Pattern[];
  repository: Record<string, Pattern>;
}

const grammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as Grammar;

/** [text, scope] for every named piece of `line`, in order; inner captures come after the piece holding them. */
type Piece = [string, string];

function resolve(patterns: readonly Pattern[]): Pattern[] {
  return patterns.map((p) => {
    if (!p.include) return p;
    const rule = grammar.repository[p.include.replace(/^#/, '')];
    assert.ok(rule, `unresolved include ${p.include}`);
    return rule;
  });
}

/**
 * Tokenizes `line[from, to)` the way vscode-textmate runs match rules: at each position the pattern
 * matching earliest wins (the first listed on a tie); captures with `patterns` are tokenized again
 * over their own text, with the line before them visible to look-behinds.
 */
function tokenize(line: string, patterns: readonly Pattern[], from = 0, to = line.length): Piece[] {
  const rules = resolve(patterns);
  const pieces: Piece[] = [];
  let pos = from;
  const text = line.slice(0, to);
  while (pos < to) {
    let best: { match: RegExpExecArray; rule: Pattern } | undefined;
    for (const rule of rules) {
      const re = new RegExp(rule.match!, 'dgu');
      re.lastIndex = pos;
      const match = re.exec(text);
      if (match && match[0].length > 0 && (!best || match.index < best.match.index)) best = { match, rule };
    }
    if (!best) break;
    const { match, rule } = best;
    if (rule.name) pieces.push([match[0], rule.name]);
    const indices = match.indices!;
    for (const [index, capture] of Object.entries(rule.captures ?? {})) {
      const span = indices[Number(index)];
      if (!span || span[0] === span[1]) continue;
      if (capture.name) pieces.push([text.slice(span[0], span[1]), capture.name]);
      if (capture.patterns) pieces.push(...tokenize(line, capture.patterns, span[0], span[1]));
    }
    pos = match.index + match[0].length;
  }
  return pieces;
}

/** The pieces of `line` whose scope is not a `meta.` wrapper, as `text=scope-head` strings. */
function scopes(line: string): string[] {
  return tokenize(line, grammar.patterns)
    .filter(([, scope]) => !scope.startsWith('meta.'))
    .map(([text, scope]) => `${text}=${scope.replace(/\.attest$/, '')}`);
}

/** The citation ids (bracketed and bare) found in `line`. */
function ids(line: string): string[] {
  return tokenize(line, grammar.patterns)
    .filter(([, scope]) => scope.startsWith('entity.name.reference.citation'))
    .map(([text]) => text);
}

describe('citation grammar: shape', () => {
  it('is injected into Markdown prose only (paragraphs, headings, tables), never into code, comments, HTML tags or link targets', () => {
    assert.equal(grammar.scopeName, 'attest.citations.injection');
    const selectors = grammar.injectionSelector.split(/\s*,\s*/);
    assert.deepEqual(
      selectors.map((s) => s.split(' ').slice(0, 2).join(' ')),
      ['L:text.html.markdown meta.paragraph.markdown', 'L:text.html.markdown markup.heading.markdown', 'L:text.html.markdown markup.table.markdown'],
    );
    for (const selector of selectors) {
      for (const excluded of ['-comment', '-markup.inline.raw', '-markup.underline.link', '-meta.tag', '-meta.citation']) {
        assert.ok(selector.split(' ').includes(excluded), `${excluded} missing from ${selector}`);
      }
    }
  });

  it('resolves every include and compiles every regex as JavaScript (u flag)', () => {
    const visit = (patterns: readonly Pattern[]): void => {
      for (const rule of resolve(patterns)) {
        assert.doesNotThrow(() => new RegExp(rule.match!, 'u'), rule.match);
        for (const capture of Object.values(rule.captures ?? {})) if (capture.patterns) visit(capture.patterns);
      }
    };
    visit(grammar.patterns);
  });

  it('uses only syntax Oniguruma and JavaScript read alike', () => {
    const all = JSON.stringify(grammar.repository);
    // \w \d \s \b are Unicode-aware in Oniguruma but ASCII in JavaScript; \h \A \z \G, atomic groups,
    // possessive quantifiers and named back-references exist in one only.
    for (const construct of ['\\\\w', '\\\\d', '\\\\b', '\\\\h', '\\\\A', '\\\\z', '\\\\Z', '\\\\G', '(?>', '++', '*+', '\\\\k<']) {
      assert.ok(!all.includes(construct), `grammar uses ${construct.replace(/\\\\/g, '\\')}`);
    }
  });
});

describe('citation grammar: bracketed groups', () => {
  it('scopes brackets, @, ids, prefixes, locators and separators', () => {
    assert.deepEqual(scopes('as reported [see @koronelli-2023, p. 3; -@efe:wire] today'), [
      '[=punctuation.definition.citation.begin',
      'see =comment.other.prefix.citation',
      '@koronelli-2023=variable.other.citation',
      '@=punctuation.definition.citation',
      'koronelli-2023=entity.name.reference.citation',
      ', p. 3=string.other.locator.citation',
      ';=punctuation.separator.citation',
      ' =comment.other.prefix.citation',
      '-@efe:wire=variable.other.citation',
      '-=keyword.operator.suppress-author.citation',
      '@=punctuation.definition.citation',
      'efe:wire=entity.name.reference.citation',
      ']=punctuation.definition.citation.end',
    ]);
  });

  it('scopes a plain group', () => {
    assert.deepEqual(scopes('[@demo-passports]'), [
      '[=punctuation.definition.citation.begin',
      '@demo-passports=variable.other.citation',
      '@=punctuation.definition.citation',
      'demo-passports=entity.name.reference.citation',
      ']=punctuation.definition.citation.end',
    ]);
  });

  it('reads ids the way Pandoc does: internal . and : only, letters of any script', () => {
    assert.deepEqual(ids('[@a.b; @c.] and [@Milián_2023:1]'), ['a.b', 'c', 'Milián_2023:1']);
  });

  it('leaves links, escaped brackets and bracket text without a key alone', () => {
    assert.deepEqual(ids('[see the list](https://example.org/@x)'), []);
    assert.deepEqual(ids('[text with no key] and \\[@not-a-group]'), ['not-a-group']);
    assert.deepEqual(scopes('\\[@x]').filter((s) => s.startsWith('[')), []);
    assert.deepEqual(ids('a [@a](https://x.org) link'), ['a']);
  });
});

describe('citation grammar: bare citations', () => {
  it('scopes @id in running text, with an optional bracketed locator', () => {
    assert.deepEqual(scopes('@koronelli says so.'), [
      '@koronelli=variable.other.citation',
      '@=punctuation.definition.citation',
      'koronelli=entity.name.reference.citation',
    ]);
    assert.deepEqual(scopes('As @koronelli [p. 33] says'), [
      '@koronelli=variable.other.citation',
      '@=punctuation.definition.citation',
      'koronelli=entity.name.reference.citation',
      '[=punctuation.definition.locator.begin',
      'p. 33=string.other.locator.citation',
      ']=punctuation.definition.locator.end',
    ]);
  });

  it('does not take e-mail addresses, URL paths or handles inside words for citations', () => {
    assert.deepEqual(ids('write to press@efe.com or see medium.com/@someone and x@y'), []);
    assert.deepEqual(ids('(@a), "@b", —@c'), ['a', 'b', 'c']);
  });

  it('ends an id before trailing punctuation', () => {
    assert.deepEqual(ids('said @efe. Then @efe: and @efe-2023,'), ['efe', 'efe', 'efe-2023']);
  });
});

// VS Code's own tokenizer, when the code-server the integration tests use is installed.
const VSCODE_MODULES = join(ROOT, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'lib', 'vscode');
const TEXTMATE = join(VSCODE_MODULES, 'node_modules', 'vscode-textmate');
const ONIGURUMA = join(VSCODE_MODULES, 'node_modules', 'vscode-oniguruma');
const BUILTIN_EXTENSIONS = join(VSCODE_MODULES, 'extensions');
const MARKDOWN_GRAMMAR = join(BUILTIN_EXTENSIONS, 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json');

/** Scope name → grammar file of VS Code's built-in extensions (Markdown embeds YAML, HTML and more). */
function builtinGrammars(): Map<string, string> {
  const grammars = new Map<string, string>();
  for (const name of readdirSync(BUILTIN_EXTENSIONS)) {
    const manifest = join(BUILTIN_EXTENSIONS, name, 'package.json');
    if (!existsSync(manifest)) continue;
    const contributed = (JSON.parse(readFileSync(manifest, 'utf8')) as { contributes?: { grammars?: { scopeName?: string; path?: string }[] } }).contributes?.grammars ?? [];
    for (const g of contributed) if (g.scopeName && g.path) grammars.set(g.scopeName, join(BUILTIN_EXTENSIONS, name, g.path));
  }
  return grammars;
}

describe('citation grammar: in VS Code’s tokenizer with the Markdown grammar', function () {
  let tokenizeLines: (lines: string[]) => { text: string; scopes: string[] }[][];

  before(async function () {
    this.timeout(30_000);
    if (![TEXTMATE, ONIGURUMA, MARKDOWN_GRAMMAR].every(existsSync)) this.skip();
    /* eslint-disable @typescript-eslint/no-require-imports */
    const textmate = require(TEXTMATE);
    const oniguruma = require(ONIGURUMA);
    /* eslint-enable @typescript-eslint/no-require-imports */
    const builtin = builtinGrammars();
    const wasm = readFileSync(join(ONIGURUMA, 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scopeName: string) => {
        const file = scopeName === grammar.scopeName ? GRAMMAR_PATH : builtin.get(scopeName);
        return file && existsSync(file) ? textmate.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? [grammar.scopeName] : undefined),
    });
    const markdown = await registry.loadGrammar('text.html.markdown');
    tokenizeLines = (lines) => {
      let state = textmate.INITIAL;
      return lines.map((line) => {
        const result = markdown.tokenizeLine(line, state);
        state = result.ruleStack;
        return result.tokens.map((t: { startIndex: number; endIndex: number; scopes: string[] }) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
      });
    };
    // Loads the grammars Markdown embeds (YAML, HTML, …) now rather than in the first test.
    tokenizeLines(['---', 'a: b', '---', '<b>x</b> [@a]']);
  });

  /** The ids the real tokenizer scopes as citation ids in `lines`, with the kind of citation. */
  function realIds(lines: string[]): string[] {
    return tokenizeLines(lines)
      .flat()
      .filter((t) => t.scopes.includes('entity.name.reference.citation.attest'))
      .map((t) => `${t.text}:${t.scopes.includes('meta.citation.group.attest') ? 'group' : 'bare'}`);
  }

  it('scopes groups and bare citations in paragraphs, headings, lists and quotes', () => {
    assert.deepEqual(realIds(['Havana denied it [see @a, p. 3; @b] and @c said so.']), ['a:group', 'b:group', 'c:bare']);
    assert.deepEqual(realIds(['# About @a', '', '- item [@b]', '', '> quoted [@c]']), ['a:bare', 'b:group', 'c:group']);
  });

  it('leaves the Markdown block structure alone when a line starts with a citation', () => {
    const lines = tokenizeLines(['[@a] said so', '@b agreed.', '', '# @c heads', '', '- [@d] listed']);
    assert.ok(lines[0]!.every((t) => t.scopes.includes('meta.paragraph.markdown')), JSON.stringify(lines[0]));
    assert.ok(lines[1]!.every((t) => t.scopes.includes('meta.paragraph.markdown')), JSON.stringify(lines[1]));
    assert.ok(lines[3]!.every((t) => t.scopes.includes('markup.heading.markdown')), JSON.stringify(lines[3]));
    assert.ok(lines[5]!.every((t) => t.scopes.includes('markup.list.unnumbered.markdown')), JSON.stringify(lines[5]));
    assert.deepEqual(realIds(['[@a] said so', '@b agreed.', '', '# @c heads', '', '- [@d] listed', '', '| x | @e |', '|---|---|']), ['a:group', 'b:bare', 'c:bare', 'd:group', 'e:bare']);
  });

  it('gives a group its punctuation, prefix and locator scopes', () => {
    const tokens = tokenizeLines(['x [see @a, p. 3]'])[0]!;
    const scopeOf = (text: string) => tokens.find((t) => t.text === text)?.scopes.at(-1);
    assert.equal(scopeOf('['), 'punctuation.definition.citation.begin.attest');
    assert.equal(scopeOf('see '), 'comment.other.prefix.citation.attest');
    assert.equal(scopeOf('@'), 'punctuation.definition.citation.attest');
    // Inside a key coloured as a variable, which default themes colour: the id stands out from prose.
    assert.deepEqual(tokens.find((t) => t.text === 'a')?.scopes.slice(-2), ['variable.other.citation.attest', 'entity.name.reference.citation.attest']);
    assert.equal(scopeOf(', p. 3'), 'string.other.locator.citation.attest');
    assert.equal(scopeOf(']'), 'punctuation.definition.citation.end.attest');
  });

  it('stays out of code, comments, front matter, HTML tags and link targets', () => {
    assert.deepEqual(realIds(['---', 'author: "@someone"', '---', '', 'Use `[@a]` here.']), []);
    assert.deepEqual(realIds(['```', '[@a] @b', '```']), []);
    assert.deepEqual(realIds(['<!-- [@a] -->']), []);
    assert.deepEqual(realIds(['Text <!-- @a --> and <span title="@b">@c</span>']), ['c:bare']);
    assert.deepEqual(realIds(['    [@indented-code]']), []);
    assert.deepEqual(realIds(['[a link](https://example.org/@x) and <https://example.org/@y>']), []);
  });
});
