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
  for (const line of raw.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const item = /^( *)- (.*)$/.exec(line);
    if (item) {
      if (!list && pendingEmpty) {
        list = { entry: { key: pendingEmpty.key, keySpan: pendingEmpty.keySpan, items: [], start: start + item[1].length, end: 0 } };
        pendingEmpty = undefined;
      }
      if (!list) return undefined;
      const valueStart = start + item[1].length + 2;
      const value = scalar(item[2], valueStart);
      if (!value || value.value === null) return undefined;
      list.entry.items.push({ value: value.value, span: value.span });
      list.entry.end = value.span.end;
      continue;
    }
    closeList();
    flushEmpty();
    const pair = /^([A-Za-z_][\w-]*):(?: +(.*))?$/.exec(line);
    if (!pair || keys.has(pair[1])) return undefined;
    keys.add(pair[1]);
    const keySpan = { start, end: start + pair[1].length };
    if (pair[2] === undefined || pair[2].trim() === '') {
      if (pair[2] !== undefined) return undefined;
      pendingEmpty = { key: pair[1], keySpan, at: keySpan.end + 1 };
      continue;
    }
    const valueStart = start + line.indexOf(pair[2], pair[1].length + 1);
    if (pair[2].startsWith('[')) {
      const flow = flowList(pair[2], valueStart);
      if (!flow) return undefined;
      entries.push({ key: pair[1], keySpan, valueSpan: flow.span, value: flow.items.map((i) => i.value), items: flow.items });
      continue;
    }
    const value = scalar(pair[2], valueStart);
    if (!value) return undefined;
    entries.push({ key: pair[1], keySpan, valueSpan: value.span, value: value.value });
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
