// yaml nodes → the format-neutral FieldValue / FieldRecord the validators read.
import { isAlias, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Span } from '../model';
import type { Field, FieldRecord, FieldValue } from './fields';
import type { YamlRegion } from './yamlDocument';

/**
 * A yaml node as a FieldValue. Aliases are resolved (one level: the span stays the alias's own,
 * where the author wrote it). Lists are read one level deep, which is all a corpus field can use,
 * so resolving never walks more than the alias check allowed. `fallback` is the span for a missing node.
 */
export function toFieldValue(region: YamlRegion, node: unknown, fallback: Span, depth = 0): FieldValue {
  if (node === null || node === undefined) return { kind: 'null', span: fallback };
  const span = region.span(node as Node);
  const target = isAlias(node) ? region.resolve(node) : node;
  if (isScalar(target)) {
    const value: unknown = target.value;
    if (value === null || value === undefined) return { kind: 'null', span };
    if (typeof value === 'string') return { kind: 'scalar', text: value, isString: true, span };
    // Numbers, booleans (and YAML 1.1 dates) keep the text as written: `date: 2023`, `title: 1984`.
    return { kind: 'scalar', text: target.source ?? String(value), isString: false, span };
  }
  if (isSeq(target)) {
    const items = depth === 0 ? target.items.map((item) => toFieldValue(region, item, span, depth + 1)) : [];
    return { kind: 'list', items, span };
  }
  return target ? { kind: 'map', span } : { kind: 'null', span };
}

/**
 * A yaml mapping as a FieldRecord. Keys are read as written; the first of duplicate keys wins
 * (yaml has already reported the duplicate).
 */
export function toFieldRecord(region: YamlRegion, map: YAMLMap, index: number, text: string): FieldRecord {
  const fields = new Map<string, Field>();
  const mapSpan = region.span(map);
  for (const pair of map.items) {
    const keySpan = pair.key ? region.span(pair.key as Node) : mapSpan;
    const keyValue: unknown = isScalar(pair.key) ? pair.key.value : undefined;
    const key = typeof keyValue === 'string' ? keyValue : text.slice(keySpan.start, keySpan.end);
    if (fields.has(key)) continue;
    fields.set(key, { key, keySpan, value: toFieldValue(region, pair.value, keySpan) });
  }
  return { fields, span: mapSpan, index };
}

/** The mapping an item stands for (through an alias), or undefined when it is not a mapping. */
export function asMap(region: YamlRegion, node: unknown): YAMLMap | undefined {
  const target = isAlias(node) ? region.resolve(node) : node;
  return isMap(target) ? target : undefined;
}
