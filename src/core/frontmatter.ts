import { readFlatYaml } from './flat-yaml';
import type { Span } from './text';
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

/** The largest front-matter read (in characters, about 64 KB): larger ones get a finding, not a slow parse. */
export const MAX_FRONT_MATTER_LENGTH = 64 * 1024;

/** A size for a message: "389 KB", "2.4 MB". */
export function kilobytes(characters: number): string {
  return characters >= 1024 * 1024 ? `${(characters / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(characters / 1024)} KB`;
}

/** True for the front-matter languages that are read: none given, `yaml` or `yml`. */
export function isYamlLanguage(language: string): boolean {
  return ['', 'yaml', 'yml'].includes(language.trim().toLowerCase());
}
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
        message: `This front-matter is marked as “${language}”, which is never run or read; remove “${language}” after the opening “---” and write the front-matter as YAML.`,
      },
    ]);
  }
  if (!close) {
    return unreadable([
      {
        span: open,
        message: 'The front-matter that starts here is never closed; add a line with only “---” after its last key.',
      },
    ]);
  }

  if (content.end - content.start > MAX_FRONT_MATTER_LENGTH) {
    return unreadable([
      {
        span: open,
        message: `This front-matter is ${kilobytes(content.end - content.start)}, more than the 64 KB that is read, so it was not read; a draft's front-matter holds a few short fields, so move anything else below it.`,
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


/**
 * The full YAML parser (gray-matter with the `yaml` package, about 100 KB of code) is loaded on
 * the first front-matter the flat reader gives up on; most drafts never need it. The packaged
 * extension ships it as its own file (`dist/yaml-block.js`, see esbuild.mjs), so it costs
 * nothing when VS Code loads the extension.
 */
let fullParser: typeof import('./yaml-block') | undefined;

/** Parses one block through gray-matter with the YAML-only engine; `raw` starts with the line break after `---`. */
export function parseBlock(raw: string): BlockReading {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose
  fullParser ??= require('./yaml-block') as typeof import('./yaml-block');
  return fullParser.parseBlock(raw);
}
