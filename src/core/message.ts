import type { Finding } from './finding';
import type { Draft } from './draft';

/** The message as it goes out: a subject and plain text. */
export interface PlainMessage {
  readonly subject?: string;
  readonly body: string;
}

/**
 * The text to paste into a mail client or read aloud: no front-matter, no HTML comments, no
 * `Subject:` line (it is returned apart), and Markdown reduced to plain text (emphasis, code,
 * headings; a link becomes "text (address)").
 */
export function plainMessage(draft: Draft): PlainMessage {
  const subjectLine = draft.message.subject;
  let text = draft.text.slice(draft.bodyStart);
  if (subjectLine) {
    const start = subjectLine.line.start - draft.bodyStart;
    let end = subjectLine.line.end - draft.bodyStart;
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
    text = text.slice(0, start) + text.slice(end);
  }
  const body = inline(
    text
      .replace(/\r\n?/g, '\n')
      .replace(/<!--[\s\S]*?-->\n?/g, '')
      .replace(/^#{1,6}\s+/gm, ''),
  )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const subject = subjectLine?.value.trim() || draft.fields.subject;
  return { subject: subject ? inline(subject) : undefined, body };
}

/** Markdown inline syntax reduced to plain text: emphasis, code, and links as "text (address)". */
function inline(text: string): string {
  return text
    // Labels, addresses and titles each stop at the next bracket or parenthesis (and a label at
    // the line's end), so that text full of `[` or `](` costs linear time, not quadratic.
    .replace(/!\[([^[\]\n]*)\]\(([^()\s]+)[^()\n]*\)/g, '$1 ($2)')
    .replace(/\[([^[\]\n]+)\]\(([^()\s]+)[^()\n]*\)/g, (_match, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)([^*_\n]*?\S)\2(?![\w*])/g, '$1$3')
    .replace(/`([^`\n]+)`/g, '$1');
}

/** The longest mailto: link mail clients reliably accept; longer messages are copied instead. */
export const MAILTO_LIMIT = 2000;

/** A mailto: link (RFC 6068) with the subject and body, every part percent-encoded, lines in CRLF. */
export function mailtoLink(to: string, message: PlainMessage): string {
  const query = [
    ...(message.subject ? [`subject=${encodeURIComponent(message.subject)}`] : []),
    `body=${encodeURIComponent(message.body.replace(/\n/g, '\r\n'))}`,
  ].join('&');
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?${query}`;
}

/** The worst thing still wrong with a draft about to be sent, in words for a question to the user. */
export interface SendProblem {
  /** One sentence built from the draft: "This draft still has “[Your Name]”." */
  readonly sentence: string;
  readonly finding: Finding;
  /** How many other errors the draft has. */
  readonly others: number;
}

/**
 * Copy and Open in mail ask before they send out a draft that still has an error (a placeholder,
 * another company's name, a front-matter that cannot be read): this says which, in plain words.
 */
export function sendProblem(text: string, findings: readonly Finding[]): SendProblem | undefined {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const finding = errors.find((candidate) => candidate.rule === 'placeholder') ?? errors.find((candidate) => candidate.rule === 'wrong-company') ?? errors[0];
  if (!finding) return undefined;
  const quoted = text.slice(finding.span.start, finding.span.end).replace(/\s+/g, ' ').trim();
  const short = quoted.length > 60 ? `${quoted.slice(0, 59)}…` : quoted;
  const sentence =
    finding.rule === 'placeholder' && short
      ? `This draft still has “${short}”.`
      : finding.rule === 'wrong-company' && short
        ? `This draft mentions ${short}, another company you applied to.`
        : finding.message;
  return { sentence, finding, others: errors.length - 1 };
}
