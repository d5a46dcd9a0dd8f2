// The full YAML reading of a front-matter block, for what the flat reader (flat-yaml.ts) gives
// up on. It is loaded lazily by frontmatter.ts; keep it free of anything else the extension needs
// at start-up.
import matter from 'gray-matter';
import { Document, isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type ParsedNode } from 'yaml';
import { linesOf, type Span } from './text';
import type { BlockReading, FrontMatterEntry } from './frontmatter';

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
    `This front-matter line is not valid YAML (${detail.replace(/ at line \d+, column \d+.*$/s, '').replace(/\.$/, '')}); write it as “key: value” and quote values that contain a colon.`
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
        ? `This front-matter is marked as “${error.language}”, which is never run or read; write it as YAML.`
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
        message: 'The front-matter should be a list of “key: value” lines, such as “company: Globex”; rewrite it in that form.',
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
        message: 'The front-matter repeats YAML aliases (“*name”) so many times that reading it would stall the editor; write the values out instead.',
      },
    };
  }
}
