// Writes a workspace of generated drafts for the scale suite: `count` drafts for count / 5
// applications (a thank-you per interviewer, check-ins, some sent), in the user's time zone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TYPES = ['thank-you', 'thank-you', 'check-in', 'check-in', 'final'];

export function writeScaleWorkspace(folder, count) {
  for (let i = 0; i < count; i++) {
    const application = Math.floor(i / 5);
    const company = `Company ${application}`;
    const type = TYPES[i % 5];
    const day = 1 + (application % 28);
    const sent = i % 3 === 0 ? `sent: 2026-11-${String(Math.min(day + 1, 28)).padStart(2, '0')}T10:00\n` : '';
    const dir = join(folder, 'drafts', String(application % 100));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `${application}-${i % 5}-${type}.md`),
      `---\ncompany: ${company}\nrole: Analyst ${i % 7}\ninterviewer: Dana Whitfield${i}\ninterviewDate: 2026-11-${String(day).padStart(2, '0')}T14:30\ntype: ${type}\n${sent}---\n` +
        `Subject: Thank you: Analyst ${i % 7} interview at ${company}\n\nDear Dana,\n\n` +
        `Thank you for the conversation about the Analyst ${i % 7} role at ${company}. I enjoyed hearing how your team rebuilt draft ${i},\n` +
        `and I am keen to bring my experience with subscription data to your team.\n\n` +
        `I look forward to hearing about the next steps.\n\nBest regards,\nSam Lee\n`,
    );
  }
}
