// `followup check` and `followup due` are two views of one computation (DOMAIN.md §4.9): over
// generated job searches (several rounds, panels, thank-yous sent on time or late, check-ins,
// decision dates, paces, snoozes, outcomes), the timing rules and the schedule must agree on
// every draft.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { runCli } from '../../src/cli/run';
import { runs } from '../fuzz/arbitraries';

const timeZone = 'America/New_York';
const start = DateTime.fromISO('2026-10-05T00:00', { zone: timeZone });
const PEOPLE = ['Dana Whitfield', 'Omar Haddad', 'Lee Park', 'Ingrid Olsen'];
const COMPANIES = ['Globex', 'Initech'];

interface Draft {
  company: string;
  round: number;
  type: 'thank-you' | 'letter' | 'check-in' | 'phone-call' | 'final';
  people: string[];
  /** Hours after the round's interview it went out; undefined when unsent. */
  sentAfter?: number;
  dateOnlySent: boolean;
  decisionAfter?: number;
  pace?: 'fast' | 'slow';
  snoozeDays?: number;
  outcome?: 'Rejected' | 'offer';
}

/** A value one time in `oneIn`, else undefined. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: oneIn - 1 }, { arbitrary, weight: 1 });

const draftArbitrary = fc.record({
  company: fc.constantFrom(...COMPANIES),
  round: fc.nat(2),
  type: fc.constantFrom('thank-you', 'letter', 'check-in', 'phone-call', 'final'),
  people: fc.subarray(PEOPLE, { minLength: 1, maxLength: 2 }),
  sentAfter: fc.option(fc.oneof(fc.integer({ min: 0, max: 48 }), fc.integer({ min: 0, max: 30 * 24 })), { nil: undefined }),
  dateOnlySent: fc.boolean(),
  decisionAfter: sometimes(fc.integer({ min: 1, max: 20 }), 5),
  pace: sometimes(fc.constantFrom('fast' as const, 'slow' as const), 4),
  snoozeDays: sometimes(fc.integer({ min: -3, max: 10 }), 5),
  outcome: sometimes(fc.constantFrom('Rejected' as const, 'offer' as const), 25),
}) as fc.Arbitrary<Draft>;

const search = fc.record({
  // The days of each company's rounds, as gaps from the start and from the round before.
  gaps: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 3, maxLength: 3 }),
  hours: fc.array(fc.integer({ min: 8, max: 17 }), { minLength: 3, maxLength: 3 }),
  drafts: fc.array(draftArbitrary, { minLength: 1, maxLength: 9 }),
  // Now: any hour, or a day near when a check-in falls due after one of the rounds.
  now: fc.oneof(
    fc.record({ hours: fc.integer({ min: 24, max: 60 * 24 }) }),
    fc.record({ round: fc.nat(2), days: fc.integer({ min: 4, max: 16 }), hour: fc.nat(23) }),
  ),
});

/** The draft as of `now`: a message cannot have gone out after now. */
function asOf(draft: Draft, interview: DateTime, now: DateTime): Draft {
  return draft.sentAfter !== undefined && interview.plus({ hours: draft.sentAfter }) > now ? { ...draft, sentAfter: undefined } : draft;
}

function frontMatter(draft: Draft, interview: DateTime): string {
  const lines = [`company: ${draft.company}`, 'role: Analyst', `interviewer: [${draft.people.join(', ')}]`, `interviewDate: ${interview.toFormat("yyyy-MM-dd'T'HH:mm")}`, `type: ${draft.type}`];
  if (draft.sentAfter !== undefined) {
    const sent = interview.plus({ hours: draft.sentAfter });
    lines.push(`sent: ${sent.toFormat(draft.dateOnlySent ? 'yyyy-MM-dd' : "yyyy-MM-dd'T'HH:mm")}`);
  }
  if (draft.decisionAfter !== undefined) lines.push(`decisionDate: ${interview.plus({ days: draft.decisionAfter }).toFormat('yyyy-MM-dd')}`);
  if (draft.pace) lines.push(`pace: ${draft.pace}`);
  if (draft.snoozeDays !== undefined) lines.push(`snoozedUntil: ${interview.plus({ days: draft.snoozeDays }).toFormat('yyyy-MM-dd')}`);
  if (draft.outcome) lines.push(`outcome: ${draft.outcome}`);
  return `---\n${lines.join('\n')}\n---\nDear ${draft.people[0].split(' ')[0]},\n\nThank you.\n\nBest,\nSam\n`;
}

interface Item {
  kind: string;
  group: string;
  draft: string | null;
  company: string;
}

const root = mkdtempSync(join(tmpdir(), 'followup-agreement-'));
after(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

function cli(folder: string, now: string, ...args: string[]) {
  let stdout = '';
  const code = runCli([...args, folder, '--now', now, '--time-zone', timeZone, '--format', 'json'], {
    cwd: folder,
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
    systemTimeZone: () => timeZone,
    clock: () => new Date(),
  });
  assert.notEqual(code, 2, 'the command could not run');
  return JSON.parse(stdout);
}

describe('followup check and followup due agree', () => {
  it('on every draft of generated job searches', () => {
    fc.assert(
      fc.property(search, ({ gaps, hours, drafts: written, now: when }) => {
        const folder = join(root, String(folders++));
        mkdirSync(folder);
        const interviews: DateTime[] = [];
        gaps.forEach((gap, i) => interviews.push((interviews[i - 1] ?? start).plus({ days: gap }).set({ hour: hours[i] })));
        const moment = 'hours' in when ? start.plus({ hours: when.hours }) : interviews[when.round].startOf('day').plus({ days: when.days, hours: when.hour });
        const drafts = written.map((draft) => asOf(draft, interviews[draft.round], moment));
        drafts.forEach((draft, i) => writeFileSync(join(folder, `${i}.md`), frontMatter(draft, interviews[draft.round])));
        const now = moment.toISO()!;

        const checked: { files: Array<{ path: string; findings: Array<{ rule: string }> }> } = cli(folder, now, 'check');
        const due: { items: Item[]; snoozed: Item[]; closed: Array<{ drafts: string[] }>; problems: Array<{ draft: string }> } = cli(folder, now, 'due');
        const rules = new Map(checked.files.map((file) => [file.path, new Set(file.findings.map((finding) => finding.rule))]));
        const flagged = (path: string, rule: string) => rules.get(path)?.has(rule) ?? false;
        const quiet = new Set([...due.closed.flatMap((application) => application.drafts), ...due.problems.map((problem) => problem.draft)]);
        for (const path of quiet) {
          for (const rule of ['late-thank-you', 'too-soon', 'too-many-follow-ups']) assert.ok(!flagged(path, rule), `${path}: ${rule} on a draft the schedule does not count`);
        }
        const items = [...due.items, ...due.snoozed];
        for (const item of items) {
          if (!item.draft) continue;
          if (item.kind === 'thank-you') {
            assert.equal(flagged(item.draft, 'late-thank-you'), item.group === 'overdue', `${item.draft}: late-thank-you against a thank-you ${item.group}`);
          }
          if (item.kind === 'check-in') {
            assert.equal(flagged(item.draft, 'too-soon'), !['overdue', 'today'].includes(item.group), `${item.draft}: too-soon against a check-in ${item.group}`);
            assert.ok(!flagged(item.draft, 'too-many-follow-ups'), `${item.draft}: too-many-follow-ups on the check-in the schedule asks for`);
          }
        }
        // An unsent follow-up is one too many exactly when its application has reached the move-on.
        const moveOn = new Set(items.filter((item) => item.kind === 'move-on').map((item) => item.company));
        drafts.forEach((draft, i) => {
          const path = `${i}.md`;
          if (draft.sentAfter !== undefined || quiet.has(path) || ['thank-you', 'letter'].includes(draft.type)) return;
          assert.equal(flagged(path, 'too-many-follow-ups'), moveOn.has(draft.company), `${path}: too-many-follow-ups and the move-on disagree`);
        });
      }),
      { numRuns: runs(150) },
    );
  });
});
