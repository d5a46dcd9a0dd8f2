import type { Fix, RuleFinding } from '../finding';
import type { Rule, RuleContext } from './rule';

const BRACKETS = /\[([^[\]\r\n]{1,60})\](?![([:])/g;
const ANGLES = /<([A-Za-z][A-Za-z' _-]{0,50})>/g;
const BRACES = /\{\{[^{}\r\n]{0,60}\}\}/g;
const MARKERS = /\b(?:TODO|XXX|TBD)\b/g;

type Source = 'company' | 'interviewer' | 'role' | 'signature';

const FILLS: ReadonlyArray<[RegExp, Source]> = [
  [/^(?:the )?(?:company|employer|organi[sz]ation|firm)(?: ?name)?$/, 'company'],
  [/^(?:the )?(?:interviewer|hiring manager|recipient|contact|manager|first|last)?(?:'?s)? ?(?:first |full |last )?name$|^(?:interviewer|hiring manager)$/, 'interviewer'],
  [/^(?:the )?(?:job|position|role)(?: ?(?:title|name))?$|^title$/, 'role'],
  [/^(?:your|my|candidate'?s?|sender'?s?) ?(?:full )?name$|^signature$/, 'signature'],
];

function fillFor(context: RuleContext, placeholder: string): string | undefined {
  const inner = placeholder.replace(/^[[<{]+|[\]>}]+$/g, '').trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/’/g, "'");
  const { fields } = context.draft;
  for (const [pattern, source] of FILLS) {
    if (!pattern.test(inner)) continue;
    if (source === 'company') return fields.company;
    if (source === 'role') return fields.role;
    if (source === 'signature') return context.config.signature || undefined;
    return fields.interviewers.length === 1 ? fields.interviewers[0] : undefined;
  }
  return undefined;
}

function definedLabels(text: string): Set<string> {
  const labels = new Set<string>();
  for (const match of text.matchAll(/^[ \t]{0,3}\[([^\]\r\n]+)\]:/gm)) labels.add(match[1].trim().toLowerCase());
  return labels;
}

/** Front-matter keys whose values end up in the message, and so must not be template text. */
const FILLED_KEYS = new Set(['company', 'role', 'interviewer', 'subject']);
/** A whole value that is template text: `<Company>`, `{{name}}`, `[Your Name]` (quoted), `TODO`. */
const WHOLE_PLACEHOLDER = /^(?:<[A-Za-z][A-Za-z' _-]{0,50}>|\{\{[^{}\r\n]{0,60}\}\}|\[[^[\]\r\n]{1,60}\]|TODO|XXX|TBD)$/;

/** Spans of front-matter values (or list items) that are wholly template text. */
function frontMatterPlaceholders(context: RuleContext): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const entry of context.draft.frontMatter?.entries ?? []) {
    if (!FILLED_KEYS.has(entry.key)) continue;
    const values = entry.items ?? [{ value: entry.value, span: entry.valueSpan }];
    for (const { value, span } of values) {
      if (typeof value !== 'string' || !WHOLE_PLACEHOLDER.test(value.trim())) continue;
      const raw = context.draft.text.slice(span.start, span.end);
      const at = raw.indexOf(value.trim());
      spans.push(at >= 0 ? { start: span.start + at, end: span.start + at + value.trim().length } : span);
    }
  }
  return spans;
}

/** Template text left unfilled would tell the employer the message is a form letter. */
export const placeholder: Rule = {
  id: 'placeholder',
  defaultSeverity: 'error',
  description: 'Template text such as [Company Name] was never filled in.',
  check: (context) => {
    const { prose, draft } = context;
    const body = prose.body;
    const labels = body.includes('[') ? definedLabels(draft.text.slice(draft.bodyStart)) : new Set<string>();
    const spans = [
      ...prose.find(BRACKETS).filter((span) => {
        const before = draft.text[span.start - 1];
        const inner = draft.text.slice(span.start + 1, span.end - 1);
        if (before === ']' || before === '!' || before === '\\') return false;
        if (/^[ xX]$/.test(inner)) return false;
        if (!/\p{L}/u.test(inner)) return false;
        return !labels.has(inner.trim().toLowerCase());
      }),
      ...prose.find(ANGLES).filter((span) => {
        const inner = draft.text.slice(span.start + 1, span.end - 1);
        return /^[A-Z]/.test(inner) || /[ _]/.test(inner);
      }),
      ...prose.find(BRACES),
      ...prose.find(MARKERS),
      ...frontMatterPlaceholders(context),
    ].sort((a, b) => a.start - b.start);
    return spans.map((span): RuleFinding => {
      const text = draft.text.slice(span.start, span.end);
      if (span.start < draft.bodyStart) {
        return { span, message: `“${text}” in the front-matter is template text; write the real detail here, and the message will use it.` };
      }
      const fill = fillFor(context, text);
      const usable = fill && !WHOLE_PLACEHOLDER.test(fill.trim());
      const fixes: Fix[] = usable ? [{ title: `Fill in “${fill}” from the front-matter`, edits: [{ span, text: fill }], safe: true }] : [];
      return {
        span,
        message: `“${text}” is template text that was never filled in; replace it with the real detail before you send this.`,
        fixes,
      };
    });
  },
};
