import matter from 'gray-matter';
import { Document, isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type ParsedNode } from 'yaml';
import { readFlatYaml } from './flat-yaml';
import { linesOf, type Span } from './text';
import type { RuleFinding } from './finding';

/** A list item of a front-matter value, such as one interviewer of a panel. */
export interface FrontMatterItem {
  readonly value: unknown;
  readonly span: Span;
}

/** One top-level `key: value` pair, with where its key and value are written. */
export interface FrontMatterEntry {
  readonly key: string;
  readonly keySpan: Span;
  /** The value as written; for an empty value, an empty span just after the colon. */
  readonly valueSpan: Span;
  /** The value as plain data. Scalars are never converted to dates. */
  readonly value: unknown;
  /** Present when the value is a list. */
  readonly items?: readonly FrontMatterItem[];
}

/** Where the front-matter block is, and what it holds. */
export interface FrontMatter {
  /** The opening `---` line. */
  readonly open: Span;
  /** The text between the delimiter lines. */
  readonly content: Span;
  /** The closing `---` line; absent when the block is never closed. */
  readonly close?: Span;
  /** What follows the opening `---`, such as `yaml` or `js`; usually empty. */
  readonly language: string;
  /** The top-level keys in order; empty when the block could not be read. */
  readonly entries: readonly FrontMatterEntry[];
  /** True when the block was read as a YAML mapping (or is empty). */
  readonly readable: boolean;
}

export interface FrontMatterReading {
  readonly frontMatter?: FrontMatter;
  /** Where the Markdown body starts (after the BOM and the front-matter). */
  readonly bodyStart: number;
  /** Why the block could not be read, as `frontmatter-yaml` findings. */
  readonly problems: readonly RuleFinding[];
}

/** True for the front-matter languages that are read: none given, `yaml` or `yml`. */
export function isYamlLanguage(language: string): boolean {
  return ['', 'yaml', 'yml'].includes(language.trim().toLowerCase());
}
const MAX_ALIASES = 50;

/** Every engine but YAML is refused: gray-matter's `javascript` engine would `eval` the block. */
const refuse = (language: string) => () => {
  throw new RefusedEngineError(language);
};

class RefusedEngineError extends Error {
  constructor(readonly language: string) {
    super(`front-matter language ${language} is not allowed`);
  }
}

interface YamlBlock {
  document: Document.Parsed;
}

/**
 * gray-matter options: YAML only, through the `yaml` package's YAML 1.2 core schema (which has
 * no timestamp type, so dates stay strings). Passing options at all also keeps gray-matter from
 * caching every text it is given.
 */
const GRAY_MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: {
      // gray-matter leaves the CR of the last CRLF on the block; YAML would keep it in the value.
      parse: (source: string): object =>
        ({
          document: parseDocument(source.replace(/\r$/, ''), {
            version: '1.2',
            schema: 'core',
            uniqueKeys: true,
            prettyErrors: false,
            merge: false,
          }),
        }) satisfies YamlBlock,
    },
    javascript: refuse('javascript'),
    js: refuse('js'),
    coffee: refuse('coffee'),
    json: refuse('json'),
  },
};

interface Located {
  open: Span;
  language: string;
  content: Span;
  close?: Span;
  bodyStart: number;
}

/** Finds the front-matter delimiters exactly as gray-matter does, but keeping offsets. */
function locate(text: string, bom: number): Located | undefined {
  if (!text.startsWith('---', bom) || text[bom + 3] === '-') return undefined;
  const afterOpen = bom + 3;
  const lineFeed = text.indexOf('\n', afterOpen);
  const newline = lineFeed === -1 ? -1 : text[lineFeed - 1] === '\r' && lineFeed - 1 >= afterOpen ? lineFeed - 1 - afterOpen : lineFeed - afterOpen;
  const languageEnd = newline === -1 ? text.length : afterOpen + newline;
  const openEnd = newline === -1 ? text.length : languageEnd;
  const open = { start: bom, end: openEnd };
  const language = text.slice(afterOpen, languageEnd);
  const closeIndex = text.indexOf('\n---', languageEnd);
  if (closeIndex === -1) {
    return { open, language, content: { start: languageEnd, end: text.length }, bodyStart: text.length };
  }
  const closeLineEnd = text.indexOf('\n', closeIndex + 1);
  const closeLine = { start: closeIndex + 1, end: closeLineEnd === -1 ? text.length : text[closeLineEnd - 1] === '\r' ? closeLineEnd - 1 : closeLineEnd };
  let bodyStart = closeIndex + 4;
  if (text[bodyStart] === '\r') bodyStart++;
  if (text[bodyStart] === '\n') bodyStart++;
  return {
    open,
    language,
    content: { start: languageEnd, end: closeIndex },
    close: { start: closeLine.start, end: closeLine.end },
    bodyStart,
  };
}

/** The span of the line around an offset, from its first non-blank character. */
function lineAround(text: string, offset: number, within: Span): Span {
  const at = Math.max(within.start, Math.min(offset, within.end));
  let start = at;
  while (start > within.start && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = at;
  while (end < within.end && text[end] !== '\n' && text[end] !== '\r') end++;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  if (start === end && at > within.start && (text[at - 1] === '\n' || text[at - 1] === '\r')) {
    return lineAround(text, at - 1, within);
  }
  return { start, end };
}

const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'This key appears twice in the front-matter; keep only one of them.',
  BAD_INDENT: 'This front-matter line is indented in a way YAML cannot read; start each key at the left edge and indent list items evenly.',
  TAB_AS_INDENT: 'This front-matter line is indented with a tab; use spaces instead.',
  MULTILINE_IMPLICIT_KEY: 'This front-matter line cannot be read as `key: value`; check that it has a colon followed by a space and is not indented.',
  MISSING_CHAR: 'This front-matter value opens a quote or bracket that is never closed; close it on the same line.',
  BAD_SCALAR_START: 'This front-matter value starts with a character YAML reserves, such as @ or `; put the whole value in quotes.',
  BLOCK_AS_IMPLICIT_KEY: 'This front-matter value contains a colon followed by a space, which YAML reads as a second key; put the whole value in quotes.',
  UNEXPECTED_TOKEN: 'This front-matter line has a character YAML cannot place here; write it as `key: value` and quote values with special characters.',
};

function yamlProblem(code: string, detail: string): string {
  return (
    YAML_MESSAGES[code] ??
    `This front-matter line is not valid YAML (${detail.replace(/ at line \d+, column \d+.*$/s, '').replace(/\.$/, '')}); write it as \`key: value\` and quote values that contain a colon.`
  );
}

const OPENERS: Record<string, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };

/**
 * The first line whose value opens a quote or bracket that the line does not close. YAML
 * reports such a mistake where it gives up, often lines later; the user needs the line where
 * it starts.
 */
function unclosedLine(text: string, content: Span): Span | undefined {
  for (const line of linesOf(text, content.start, content.end)) {
    const match = /^\s*(?:-\s+)?(?:[^\s:#][^:#]*:\s+)?(["'[{])/.exec(line.text);
    if (!match) continue;
    const rest = line.text.slice(match[0].length);
    const opener = match[1];
    const closed = opener === '"' || opener === "'" ? rest.includes(opener) : depthAfter(opener, rest) <= 0;
    if (!closed) {
      const start = line.start + line.text.length - line.text.trimStart().length;
      return { start, end: line.end };
    }
  }
  return undefined;
}

function depthAfter(opener: string, rest: string): number {
  const closer = OPENERS[opener];
  let depth = 1;
  for (const ch of rest) {
    if (ch === opener) depth++;
    else if (ch === closer) depth--;
  }
  return depth;
}

/** A node's span in the whole text, without the line breaks a block value ends with. */
function spanOf(node: { range?: [number, number, number] | null } | null | undefined, base: number, text: string): Span | undefined {
  if (!node?.range) return undefined;
  const start = base + node.range[0];
  let end = base + node.range[1];
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function toPlain(node: Node | null, document: Document.Parsed): unknown {
  if (node === null) return null;
  return node.toJS(document, { maxAliasCount: MAX_ALIASES });
}

function keyName(node: unknown): string {
  if (isScalar(node)) return String(node.value);
  return String(node);
}

/** Reads the top-level pairs of a YAML mapping, with their offsets in the whole text. */
function entriesOf(document: Document.Parsed, base: number, text: string): FrontMatterEntry[] {
  const contents = document.contents;
  if (!isMap(contents)) return [];
  const entries: FrontMatterEntry[] = [];
  for (const pair of contents.items) {
    const keyNode = pair.key as ParsedNode | null;
    const valueNode = pair.value as ParsedNode | null;
    const keySpan = spanOf(keyNode, base, text) ?? { start: base, end: base };
    const valueSpan = spanOf(valueNode, base, text) ?? { start: keySpan.end + 1, end: keySpan.end + 1 };
    const target = isAlias(valueNode) ? valueNode.resolve(document) : valueNode;
    const items = isSeq(target)
      ? target.items.map((item) => ({
          value: toPlain(item as Node, document),
          span: spanOf(item as ParsedNode, base, text) ?? valueSpan,
        }))
      : undefined;
    entries.push({
      key: keyName(keyNode),
      keySpan,
      valueSpan,
      value: toPlain(valueNode, document),
      items,
    });
  }
  return entries;
}

/**
 * Splits off and reads the YAML front-matter of a Markdown text. Only YAML is ever parsed:
 * `---js`, `---coffee` and any other language is refused with a finding, never run. Broken
 * YAML, an unclosed block and an alias bomb each give a `frontmatter-yaml` finding, not an
 * exception.
 */
export function readFrontMatter(text: string): FrontMatterReading {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const located = locate(text, bom);
  if (!located) return { bodyStart: bom, problems: [] };

  const { open, content, close, bodyStart } = located;
  const language = located.language.trim();
  const unreadable = (problems: RuleFinding[]): FrontMatterReading => ({
    frontMatter: { open, content, close, language, entries: [], readable: false },
    bodyStart,
    problems,
  });

  if (!isYamlLanguage(language)) {
    return unreadable([
      {
        span: open,
        message: `This front-matter is marked as \`${language}\`, which is never run or read; remove \`${language}\` after the opening \`---\` and write the front-matter as YAML.`,
      },
    ]);
  }
  if (!close) {
    return unreadable([
      {
        span: open,
        message: 'The front-matter that starts here is never closed; add a line with only `---` after its last key.',
      },
    ]);
  }

  const block = readBlock(text.slice(content.start, content.end));
  const shift = (span: Span): Span => ({ start: span.start + content.start, end: span.end + content.start });
  if (block.problem) {
    return unreadable([{ span: block.problem.span === 'open' ? open : shift(block.problem.span), message: block.problem.message }]);
  }
  // Written out rather than spread: this runs for every draft the index reads.
  const entries: FrontMatterEntry[] = block.entries.map((entry) => ({
    key: entry.key,
    keySpan: shift(entry.keySpan),
    valueSpan: shift(entry.valueSpan),
    value: entry.value,
    items: entry.items && entry.items.map((item) => ({ value: item.value, span: shift(item.span) })),
  }));
  return { frontMatter: { open, content, close, language, entries, readable: true }, bodyStart, problems: [] };
}

/** A YAML block read on its own, with offsets from the block's start. */
export interface BlockReading {
  readonly entries: readonly FrontMatterEntry[];
  /** Why it could not be read; `open` points the finding at the opening delimiter. */
  readonly problem?: { readonly span: Span | 'open'; readonly message: string };
}

/**
 * Recent blocks and what they hold. Typing in the body leaves the front-matter as it was, so
 * this spares the YAML parse on most keystrokes. It holds a fixed number of entries (unlike
 * gray-matter's own cache, which keeps every text it has seen).
 */
const recentBlocks = new Map<string, BlockReading>();
const RECENT_BLOCKS = 32;

function readBlock(raw: string): BlockReading {
  const cached = recentBlocks.get(raw);
  if (cached) {
    recentBlocks.delete(raw);
    recentBlocks.set(raw, cached);
    return cached;
  }
  const flat = readFlatYaml(raw);
  const reading = flat ? { entries: flat } : parseBlock(raw);
  recentBlocks.set(raw, reading);
  if (recentBlocks.size > RECENT_BLOCKS) recentBlocks.delete(recentBlocks.keys().next().value!);
  return reading;
}

/** Parses one block through gray-matter with the YAML-only engine; `raw` starts with the line break after `---`. */
export function parseBlock(raw: string): BlockReading {
  const whole: Span = { start: 0, end: raw.length };
  let block: YamlBlock | undefined;
  try {
    const file = matter(`---${raw}\n---\n`, GRAY_MATTER_OPTIONS);
    block = (file.data as Partial<YamlBlock>).document ? (file.data as YamlBlock) : undefined;
  } catch (error) {
    const message =
      error instanceof RefusedEngineError
        ? `This front-matter is marked as \`${error.language}\`, which is never run or read; write it as YAML.`
        : 'The front-matter could not be read; write each setting on its own line as `key: value`.';
    return { entries: [], problem: { span: 'open', message } };
  }
  if (!block) return { entries: [] };

  const { document } = block;
  if (document.errors.length > 0) {
    // Later errors are mostly echoes of the first, so only the first is reported.
    const [first] = document.errors;
    const unclosed = first.code === 'MISSING_CHAR' || first.code === 'BAD_INDENT' ? unclosedLine(raw, whole) : undefined;
    const span = unclosed ?? lineAround(raw, first.pos[0], whole);
    const message = unclosed ? YAML_MESSAGES.MISSING_CHAR : yamlProblem(first.code, first.message);
    return { entries: [], problem: { span, message } };
  }
  const contents = document.contents;
  if (contents !== null && !isMap(contents) && !(isScalar(contents) && contents.value === null)) {
    return {
      entries: [],
      problem: {
        span: spanOf(contents, 0, raw) ?? 'open',
        message: 'The front-matter should be a list of `key: value` lines, such as `company: Globex`; rewrite it in that form.',
      },
    };
  }
  try {
    return { entries: entriesOf(document, 0, raw) };
  } catch {
    return {
      entries: [],
      problem: {
        span: 'open',
        message: 'The front-matter repeats YAML aliases (`*name`) so many times that reading it would stall the editor; write the values out instead.',
      },
    };
  }
}
