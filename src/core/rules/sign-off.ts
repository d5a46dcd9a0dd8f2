import type { Rule } from './rule';
import { eolOf, WRITTEN_TYPES } from './shared';

/** A business message ends with a closing and the sender's name (DOMAIN.md §1). */
export const signOff: Rule = {
  id: 'sign-off',
  defaultSeverity: 'warning',
  description: 'An email or letter does not end with a closing and a name.',
  check: ({ draft, config }) => {
    if (!WRITTEN_TYPES.has(draft.fields.type)) return [];
    const { signOff: closing, lines } = draft.message;
    const last = lines.at(-1);
    if (!last || (closing && closing.name)) return [];
    const eol = eolOf(draft.text);
    const signature = config.signature;
    if (closing) {
      return [
        {
          span: { start: closing.closing.start, end: closing.closing.end },
          message: `Add your name on the line after “${closing.phrase}”, so the message is signed.`,
          fixes: signature ? [{ title: `Sign with “${signature}”`, edits: [{ span: { start: closing.closing.end, end: closing.closing.end }, text: `${eol}${signature}` }], safe: true }] : [],
        },
      ];
    }
    return [
      {
        span: { start: last.start + (last.text.length - last.text.trimStart().length), end: last.end },
        message: 'The message ends without a closing; finish with a line such as “Best regards,” and your name below it.',
        fixes: signature
          ? [{ title: `Sign off with “Best regards, ${signature}”`, edits: [{ span: { start: last.end, end: last.end }, text: `${eol}${eol}Best regards,${eol}${signature}` }], safe: true }]
          : [],
      },
    ];
  },
};
