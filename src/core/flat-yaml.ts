import type { FrontMatterEntry, FrontMatterItem } from './frontmatter';

/**
 * A fast reader for the flat front-matter drafts almost always have: `key: value` lines with
 * plain or simply quoted strings, `[a, b]` lists and `- item` lists, comments and blank lines.
 * It gives exactly what the full YAML parser would (values, and spans from the block's start),
 * and returns undefined for anything else (anchors, block scalars, nested maps, numbers,
 * booleans, escapes, duplicate keys...), which then goes to the full parser. It exists for
 * speed: the workspace index reads thousands of drafts, and every keystroke reads one.
 */
export function readFlatYaml(raw: string): FrontMatterEntry[] | undefined {
  if (raw.includes('\t') || raw.includes('\r')) return undefined;
  const entries: FrontMatterEntry[] = [];
  const keys = new Set<string>();
  let list: { entry: { key: string; keySpan: { start: number; end: number }; items: FrontMatterItem[]; start: number; end: number } } | undefined;
  const closeList = () => {
    if (!list) return;
    const { entry } = list;
    entries.push({
      key: entry.key,
      keySpan: entry.keySpan,
      valueSpan: { start: entry.start, end: entry.end },
      value: entry.items.map((item) => item.value),
      items: entry.items,
    });
    list = undefined;
  };
  let offset = 0;
  let pendingEmpty: { key: string; keySpan: { start: number; end: number }; at: number } | undefined;
  const flushEmpty = () => {
    if (!pendingEmpty) return;
    entries.push({ key: pendingEmpty.key, keySpan: pendingEmpty.keySpan, valueSpan: { start: pendingEmpty.at, end: pendingEmpty.at }, value: null });
    pendingEmpty = undefined;
  };
  const KEY = /^[A-Za-z_][\w-]*$/;
  while (offset <= raw.length) {
    const newline = raw.indexOf('\n', offset);
    const lineEnd = newline === -1 ? raw.length : newline;
    const line = raw.slice(offset, lineEnd);
    const start = offset;
    offset = lineEnd + 1;
    const first = line.charCodeAt(0);
    if (line.length === 0) continue;
    if (first === 32 || first === 45) {
      // An indented line or a list item: "  - value" or "- value".
      let indent = 0;
      while (line.charCodeAt(indent) === 32) indent++;
      if (indent === line.length) continue;
      if (line.charCodeAt(indent) === 35) continue;
      if (line.charCodeAt(indent) !== 45 || line.charCodeAt(indent + 1) !== 32) return undefined;
      if (!list && pendingEmpty) {
        list = { entry: { key: pendingEmpty.key, keySpan: pendingEmpty.keySpan, items: [], start: start + indent, end: 0 } };
        pendingEmpty = undefined;
      }
      if (!list) return undefined;
      const value = scalar(line.slice(indent + 2), start + indent + 2);
      if (!value || value.value === null) return undefined;
      list.entry.items.push({ value: value.value, span: value.span });
      list.entry.end = value.span.end;
      continue;
    }
    if (first === 35) continue;
    closeList();
    flushEmpty();
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    const key = line.slice(0, colon);
    if (!KEY.test(key) || keys.has(key)) return undefined;
    keys.add(key);
    const keySpan = { start, end: start + colon };
    const rest = line.slice(colon + 1);
    if (rest.length === 0) {
      pendingEmpty = { key, keySpan, at: keySpan.end + 1 };
      continue;
    }
    if (rest.charCodeAt(0) !== 32) return undefined;
    let lead = 1;
    while (rest.charCodeAt(lead) === 32) lead++;
    if (lead === rest.length) return undefined;
    const text = rest.slice(lead);
    const valueStart = start + colon + 1 + lead;
    if (text.charCodeAt(0) === 91) {
      const flow = flowList(text, valueStart);
      if (!flow) return undefined;
      entries.push({ key, keySpan, valueSpan: flow.span, value: flow.items.map((i) => i.value), items: flow.items });
      continue;
    }
    const value = scalar(text, valueStart);
    if (!value) return undefined;
    entries.push({ key, keySpan, valueSpan: value.span, value: value.value });
  }
  closeList();
  flushEmpty();
  return entries;
}

const NUMBER = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;
const SPECIAL = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** A plain or quoted scalar with an optional trailing comment; undefined when not that simple. */
function scalar(text: string, at: number): { value: string | null; span: { start: number; end: number } } | undefined {
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, 1);
    if (close === -1) return undefined;
    const inner = text.slice(1, close);
    if (inner.includes('\\') || (quote === "'" && text[close + 1] === "'")) return undefined;
    const rest = text.slice(close + 1);
    if (rest.trim() !== '' && !/^ +#/.test(rest)) return undefined;
    return { value: inner, span: { start: at, end: at + close + 1 } };
  }
  if (/^[-?:,[\]{}#&*!|>%@`]/.test(text)) return undefined;
  const comment = text.search(/ +#/);
  const value = (comment === -1 ? text : text.slice(0, comment)).trimEnd();
  if (value === '' || value.includes(': ') || value.endsWith(':') || NUMBER.test(value) || SPECIAL.test(value)) return undefined;
  return { value, span: { start: at, end: at + value.length } };
}

/** `[a, b]` of plain scalars. */
function flowList(text: string, at: number): { items: FrontMatterItem[]; span: { start: number; end: number } } | undefined {
  const close = text.indexOf(']');
  if (close === -1 || text.indexOf('[', 1) !== -1) return undefined;
  const rest = text.slice(close + 1);
  if (rest.trim() !== '' && !/^ +#/.test(rest)) return undefined;
  const inner = text.slice(1, close);
  if (/["'{}#]/.test(inner)) return undefined;
  const items: FrontMatterItem[] = [];
  if (inner.trim() !== '') {
    let cursor = 1;
    for (const part of inner.split(',')) {
      const lead = part.length - part.trimStart().length;
      const value = part.trim();
      if (value === '' || /^[-?:&*!|>%@`]/.test(value) || value.includes(': ') || NUMBER.test(value) || SPECIAL.test(value)) return undefined;
      items.push({ value, span: { start: at + cursor + lead, end: at + cursor + lead + value.length } });
      cursor += part.length + 1;
    }
  }
  return { items, span: { start: at, end: at + close + 1 } };
}
