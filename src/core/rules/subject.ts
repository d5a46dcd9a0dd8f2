import type { DraftFields } from '../draft';
import type { MessageType } from '../schema';

/** A descriptive subject for a message type, naming the role (DOMAIN.md §1). */
export function subjectFor(fields: DraftFields): string | undefined {
  const what = fields.role ?? fields.company;
  if (!what) return undefined;
  const at = fields.role && fields.company ? ` at ${fields.company}` : '';
  const subjects: Record<MessageType, string> = {
    'thank-you': `Thank you: ${what} interview${at}`,
    letter: `Thank you: ${what} interview${at}`,
    'check-in': `${what} interview${at}: following up`,
    'phone-call': `${what} interview${at}: following up`,
    voicemail: `${what} interview${at}: following up`,
    final: `${what} interview${at}: a final note`,
  };
  return subjects[fields.type];
}
