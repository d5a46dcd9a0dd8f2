import type { DateTime } from 'luxon';
import type { MessageType } from './schema';

/** What a new draft is made from. */
export interface TemplateFields {
  readonly type: MessageType;
  readonly company: string;
  readonly role?: string;
  readonly interviewers: readonly string[];
  /** As written in the other drafts, so the application's drafts agree. */
  readonly interviewDate: string;
  /** The user's name for the sign-off; a placeholder when unknown. */
  readonly signature?: string;
}

const yamlString = (value: string) => (/^[\w .'’&()-]+$/.test(value) && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/: /.test(value) ? value : JSON.stringify(value));
const firstNames = (names: readonly string[]) => names.map((name) => name.trim().split(/\s+/)[0]);
const joinNames = (names: readonly string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/**
 * A new draft of a message type: front-matter filled in from the application, and a body that
 * follows the guidance for the type (DOMAIN.md §1, §3), with [bracketed] parts left for the
 * user to write, which the `placeholder` rule keeps pointing at until they are filled.
 */
export function draftTemplate(fields: TemplateFields, eol = '\n'): string {
  const role = fields.role ?? '[Job Title]';
  const names = fields.interviewers.length > 0 ? fields.interviewers : ["[Interviewer's Name]"];
  const greeting = `Dear ${joinNames(firstNames(names))},`;
  const signature = fields.signature?.trim() || '[Your Name]';
  const front = [
    '---',
    `company: ${yamlString(fields.company)}`,
    ...(fields.role ? [`role: ${yamlString(fields.role)}`] : []),
    names.length === 1 ? `interviewer: ${yamlString(names[0])}` : ['interviewer:', ...names.map((name) => `  - ${yamlString(name)}`)].join(eol),
    `interviewDate: ${fields.interviewDate}`,
    `type: ${fields.type}`,
    '---',
  ];
  const bodies: Record<MessageType, string[]> = {
    'thank-you': [
      `Subject: Thank you: ${role} interview`,
      '',
      greeting,
      '',
      `Thank you for taking the time to talk with me about the ${role} role at ${fields.company}. I especially enjoyed [a detail from your conversation].`,
      '',
      `Our conversation made me even more interested in the role. [One sentence on why you fit.]`,
      '',
      'I look forward to hearing about the next steps.',
      '',
      'Best regards,',
      signature,
    ],
    letter: [
      greeting,
      '',
      `Thank you for meeting with me about the ${role} role at ${fields.company}. [A detail from your conversation that stayed with you.]`,
      '',
      `I am very interested in joining the team. [Why you fit, and anything you forgot to say.]`,
      '',
      'I would be happy to provide anything else that would help, and I look forward to hearing from you.',
      '',
      'Sincerely,',
      signature,
    ],
    'check-in': [
      `Subject: ${role} interview: following up`,
      '',
      greeting,
      '',
      `I hope your week is going well. Since we spoke about [a topic from the interview], I came across [an article or idea worth sharing].`,
      '',
      `Thank you again for your time. I remain very interested in the ${role} role at ${fields.company} and would be glad to provide anything else you need.`,
      '',
      'Best regards,',
      signature,
    ],
    'phone-call': [
      '## Opening',
      '',
      `Hello, this is ${signature} calling for ${names[0]}. I interviewed for the ${role} role at ${fields.company} and wanted to thank you again for your time.`,
      '',
      '## Points to make',
      '',
      '- I am still very interested in the role.',
      '- [One sentence on why you fit.]',
      '',
      '## Questions to ask',
      '',
      '- Is there anything else I can provide to help with your decision?',
      '',
      '## Closing',
      '',
      'Thank you, and I look forward to speaking with you.',
    ],
    voicemail: [
      `Hello ${firstNames(names)[0]}, this is ${signature}. Thank you again for meeting with me about the ${role} role at ${fields.company}. I am still very interested, and I would be happy to provide anything else you need. You can reach me at [your phone number]. Thank you, and I look forward to hearing from you.`,
    ],
    final: [
      `Subject: ${role} interview: a final note`,
      '',
      greeting,
      '',
      `Thank you again for considering me for the ${role} role at ${fields.company}. I understand you are busy, so this is my last note.`,
      '',
      'I remain interested, and I would be glad to hear from you if anything changes.',
      '',
      'Best regards,',
      signature,
    ],
  };
  return [...front, ...bodies[fields.type], ''].join(eol);
}

/** A file name for a new draft: `<yyyy-mm-dd>-<company>-<type>[-<interviewer>].md`, safe on every system. */
export function draftFileName(fields: { company: string; type: MessageType; interviewer?: string }, today: DateTime): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'draft';
  const parts = [today.toFormat('yyyy-MM-dd'), slug(fields.company), fields.type];
  if (fields.interviewer) parts.push(slug(fields.interviewer));
  return `${parts.join('-')}.md`;
}
