/** The draft schema of DOMAIN.md §2 and the message types of §3, as data the rules share. */

export const MESSAGE_TYPES = ['thank-you', 'letter', 'check-in', 'phone-call', 'voicemail', 'final'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const THANK_YOU_TYPES: ReadonlySet<MessageType> = new Set(['thank-you', 'letter']);
export const FOLLOW_UP_TYPES: ReadonlySet<MessageType> = new Set(['check-in', 'phone-call', 'voicemail', 'final']);
export const EMAIL_TYPES: ReadonlySet<MessageType> = new Set(['thank-you', 'check-in', 'final']);

/** Default word limit for each message type (DOMAIN.md §3). */
export const DEFAULT_WORD_LIMITS: Readonly<Record<MessageType, number>> = {
  'thank-you': 200,
  letter: 300,
  'check-in': 150,
  'phone-call': 250,
  voicemail: 80,
  final: 120,
};

export const OUTCOMES = ['responded', 'offer', 'rejected', 'withdrawn'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const PACES = ['fast', 'standard', 'slow'] as const;
export type Pace = (typeof PACES)[number];

/** The keys whose presence makes a Markdown file a draft, and which a draft must fill in. */
export const REQUIRED_KEYS = ['company', 'interviewer', 'interviewDate'] as const;

export const DATE_KEYS = ['interviewDate', 'sent', 'decisionDate', 'snoozedUntil'] as const;
export type DateKey = (typeof DATE_KEYS)[number];

/** Every front-matter key a draft may use. */
export const KNOWN_KEYS = [
  'company',
  'role',
  'interviewer',
  'interviewDate',
  'type',
  'sent',
  'decisionDate',
  'outcome',
  'subject',
  'email',
  'pace',
  'snoozedUntil',
] as const;
export type KnownKey = (typeof KNOWN_KEYS)[number];

/** What each key holds, in words a job seeker understands; used in messages. */
export const KEY_DESCRIPTIONS: Readonly<Record<KnownKey, string>> = {
  company: 'which company the message is for',
  role: 'the job title',
  interviewer: 'who interviewed you',
  interviewDate: 'when the interview took place',
  type: 'the kind of message',
  sent: 'when you sent the message',
  decisionDate: 'when the employer said they would decide',
  outcome: 'how the application ended',
  subject: 'the email subject',
  email: "the recipient's email address",
  pace: "the field's pace",
  snoozedUntil: 'when the reminder comes back',
};

export function isKnownKey(key: string): key is KnownKey {
  return (KNOWN_KEYS as readonly string[]).includes(key);
}
