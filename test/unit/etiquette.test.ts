import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { resolveConfig, type Config } from '../../src/core/config';
import { parseDraft } from '../../src/core/draft';
import type { Finding } from '../../src/core/finding';
import { lintDraft, lintText } from '../../src/core/lint';
import { RULE_IDS } from '../../src/core/rules';
import { DraftIndex, summarize } from '../../src/core/workspace';

const timeZone = 'America/New_York';
const now = DateTime.fromISO('2026-11-21T09:00', { zone: timeZone });
const fixtures = resolve(__dirname, '../../../test/fixtures/etiquette');

const HEAD = '---\ncompany: Globex\nrole: Data Analyst\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30\n---\n';
const CLEAN_BODY = [
  'Subject: Thank you: Data Analyst interview',
  '',
  'Dear Dana,',
  '',
  'Thank you for talking with me about the Data Analyst role at Globex. I am keen to help with the churn dashboard.',
  '',
  'I look forward to hearing from you.',
  '',
  'Best regards,',
  'Sam Lee',
  '',
].join('\n');

function check(text: string, config: Config = {}, at = now): Finding[] {
  return [...lintText(text, { now: at, timeZone, config: resolveConfig(config) }).findings];
}

/** The findings of one rule as the text they cover. */
function covered(text: string, rule: string, config: Config = {}, at = now): string[] {
  return check(text, config, at)
    .filter((f) => f.rule === rule)
    .map((f) => text.slice(f.span.start, f.span.end));
}

/** A clean draft with one paragraph added before the closing. */
const withLine = (line: string, head = HEAD) => head + CLEAN_BODY.replace('I look forward', `${line}\n\nI look forward`);

/** Applies a finding's first fix. */
function applyFix(text: string, finding: Finding): string {
  const edits = [...(finding.fixes?.[0]?.edits ?? [])].sort((a, b) => b.span.start - a.span.start);
  assert.ok(edits.length > 0, `${finding.rule} offers no fix`);
  return edits.reduce((result, edit) => result.slice(0, edit.span.start) + edit.text + result.slice(edit.span.end), text);
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md') && !file.endsWith('README.md'))
    .map((file) => join(folder, file))
    .sort();
}

/** Lints a folder of fixtures as one workspace, the way the CLI and the editor do. */
function lintFolder(folder: string): Map<string, Finding[]> {
  const index = new DraftIndex();
  const drafts = markdownFiles(folder).map((file) => {
    const draft = parseDraft(readFileSync(file, 'utf8'), { timeZone });
    index.set(file, summarize(file, draft));
    return { file, draft };
  });
  return new Map(drafts.map(({ file, draft }) => [relative(folder, file), [...lintDraft(draft, { now, timeZone, workspace: index, key: file })]]));
}

describe('etiquette fixtures', () => {
  const results = lintFolder(fixtures);

  it('finds nothing at all in the clean draft of every message type', () => {
    const clean = [...results].filter(([file]) => file.startsWith('clean/'));
    assert.equal(clean.length, 6);
    for (const [file, findings] of clean) {
      assert.deepEqual(findings.map((f) => `${f.rule}: ${f.message}`), [], file);
    }
  });

  it('fires every etiquette rule on its faulty fixture', () => {
    const etiquette = RULE_IDS.filter((id) => !id.startsWith('frontmatter-'));
    assert.equal(etiquette.length, 26);
    for (const id of etiquette) {
      const file = id === 'too-many-follow-ups' ? 'faulty/too-many-follow-ups/4-final.md' : `faulty/${id}.md`;
      const rules = (results.get(file) ?? []).map((f) => f.rule);
      assert.ok(rules.includes(id), `${file}: expected ${id}, got ${rules.join(', ') || 'nothing'}`);
    }
  });

  it('keeps the earlier follow-ups of an application clean', () => {
    for (const file of ['1-check-in.md', '2-check-in.md', '3-phone-call.md']) {
      assert.deepEqual(results.get(`faulty/too-many-follow-ups/${file}`)?.map((f) => f.rule), [], file);
    }
  });
});

describe('judgement: look-alikes stay silent', () => {
  it('salary: pay attention and benefit your team are not salary talk', () => {
    assert.deepEqual(covered(withLine('I will pay attention to the details and benefit your team from day one.'), 'salary'), []);
    assert.deepEqual(covered(withLine('Our diversity, equity and inclusion work matters to me.'), 'salary'), []);
    assert.deepEqual(covered(withLine('Could you tell me the salary range and the vacation days?'), 'salary'), ['salary range', 'vacation days']);
    assert.deepEqual(covered(withLine('What is the base pay, and is there a signing bonus?'), 'salary'), ['base pay', 'signing bonus']);
  });

  it('placeholder: links, reference links and task boxes are not placeholders', () => {
    const text = withLine('Here are [my notes](https://example.com/notes), the [case study][study] and [Globex] itself.\n\n- [ ] send deck\n- [x] thank Dana\n\n[study]: https://example.com/study\n[globex]: https://globex.example');
    assert.deepEqual(covered(text, 'placeholder'), []);
    assert.deepEqual(covered(withLine('I admire [Company Name] and the <Job Title> team, {{name}}. TODO'), 'placeholder'), ['[Company Name]', '<Job Title>', '{{name}}', 'TODO']);
  });

  it('shouting: SQL, API and AWS are acronyms, REALLY and !! are not', () => {
    assert.deepEqual(covered(withLine('I have built SQL pipelines, REST APIs and AWS jobs; the CEO and HR team were great.'), 'shouting'), []);
    assert.deepEqual(covered(withLine('I am REALLY excited!! Truly VERY keen?!'), 'shouting'), ['REALLY', '!!', 'VERY', '?!']);
  });

  it('greeting-name: a panel greeting names each person; a misspelling is caught', () => {
    const panel = HEAD.replace('interviewer: Dana Whitfield', 'interviewer:\n  - Marcus Bell\n  - Ingrid Olsen');
    assert.deepEqual(covered(panel + CLEAN_BODY.replace('Dear Dana,', 'Dear Marcus and Ingrid,'), 'greeting-name'), []);
    assert.deepEqual(covered(panel + CLEAN_BODY.replace('Dear Dana,', 'Dear Ms. Olsen and Mr. Bell,'), 'greeting-name'), []);
    assert.deepEqual(covered(HEAD + CLEAN_BODY.replace('Dear Dana,', 'Dear Dana Whitfeld,'), 'greeting-name'), ['Whitfeld']);
    assert.deepEqual(covered(HEAD + CLEAN_BODY.replace('Dear Dana,', 'Dear Hiring Manager,'), 'greeting-name'), ['Hiring Manager']);
  });

  it('informal: "Hi Dana," is fine, "Hey Dana" is not', () => {
    assert.deepEqual(covered(HEAD + CLEAN_BODY.replace('Dear Dana,', 'Hi Dana,'), 'informal'), []);
    assert.deepEqual(covered(HEAD + CLEAN_BODY.replace('Dear Dana,', 'Hey Dana,'), 'informal'), ['Hey']);
    assert.deepEqual(covered(withLine('Btw I am gonna send the deck, thx 🙂'), 'informal'), ['Btw', 'gonna', 'thx', '🙂']);
    assert.deepEqual(covered(withLine('I moved to the U.S. last year.'), 'informal'), []);
  });

  it('not-heard-back, desperate and demanding catch the guidance examples', () => {
    const text = withLine("Hey Dana!! Just checking in since I haven't heard back. I really need this job and I'd love to know the salary range ASAP.");
    const rules = new Set(check(text).map((f) => f.rule));
    for (const id of ['informal', 'shouting', 'not-heard-back', 'desperate', 'salary', 'demanding']) assert.ok(rules.has(id), id);
    assert.deepEqual(covered(withLine('I have heard great things about the team, and I need to prepare.'), 'not-heard-back'), []);
    assert.deepEqual(covered(withLine('I can start as soon as you need, and I would respond quickly to any questions.'), 'demanding'), []);
  });

  it('comments, code and URLs are never flagged', () => {
    const text = withLine('<!-- ask about salary ASAP -->\n`TODO` in code, and https://example.com/salary-TODO-ASAP\n\n```\nSALARY!! [Company Name]\n```');
    const rules = check(text).map((f) => f.rule);
    assert.deepEqual(rules, []);
  });

  it('spelling: common misspellings and doubled words, with an allow-list', () => {
    assert.deepEqual(covered(withLine('I look forward to the the next step and will recieve the brief.'), 'spelling'), ['the the', 'recieve']);
    assert.deepEqual(covered(withLine('I will recieve it.'), 'spelling', { spelling: { words: ['recieve'] } }), []);
    assert.deepEqual(covered(withLine('I had had a long week, and I know that that matters.'), 'spelling'), []);
  });

  it('repetition: a repeated phrase of six words, or a short repeated sentence', () => {
    assert.deepEqual(covered(withLine('The churn dashboard work was a highlight. Honestly, the churn dashboard work was a highlight.'), 'repetition'), ['the churn dashboard work was a highlight']);
    assert.deepEqual(covered(withLine('Thanks so much. It was great. Thanks so much.'), 'repetition'), ['Thanks so much.']);
    assert.deepEqual(covered(withLine('It was great to meet you. It was a great team.'), 'repetition'), []);
  });

  it('misspelled-name: near-misses of the company and interviewer, not the role', () => {
    assert.deepEqual(covered(withLine('Globx and Ms. Whitfeld were kind.'), 'misspelled-name'), ['Globx', 'Whitfeld']);
    assert.deepEqual(covered(withLine('Data matters to Dana and to Globex.'), 'misspelled-name'), []);
  });
});

describe('structure rules', () => {
  it('subject-missing only for email types, and satisfied by a subject key', () => {
    const noSubject = CLEAN_BODY.replace('Subject: Thank you: Data Analyst interview\n\n', '');
    assert.equal(covered(HEAD + noSubject, 'subject-missing').length, 1);
    assert.deepEqual(covered(HEAD.replace('---\n', '---\ntype: letter\n').replace(/^---\ntype: letter\n/, '---\ntype: letter\n') + noSubject, 'subject-missing'), []);
    assert.deepEqual(covered(HEAD.replace('interviewDate', 'subject: Data Analyst interview\ninterviewDate') + noSubject, 'subject-missing'), []);
  });

  it('subject-generic wants the role or company in the subject', () => {
    assert.deepEqual(covered(HEAD + CLEAN_BODY.replace('Thank you: Data Analyst interview', 'Following up'), 'subject-generic'), ['Following up']);
  });

  it('greeting and sign-off are expected in written messages, not call scripts', () => {
    const bare = HEAD + 'Subject: Data Analyst interview\n\nThank you for the chat about the Data Analyst role at Globex; I am keen and look forward to hearing from you.\n';
    assert.deepEqual(check(bare).map((f) => f.rule), ['greeting', 'sign-off']);
    assert.deepEqual(check(bare.replace('interviewDate', 'type: phone-call\ninterviewDate').replace('2026-11-20T14:30', '2026-11-09T10:00')).map((f) => f.rule), []);
  });

  it('length counts the body against the type limit, which a setting can change', () => {
    const long = withLine(Array(220).fill('word').join(' '));
    assert.equal(covered(long, 'length').length, 1);
    assert.deepEqual(covered(long, 'length', { wordLimits: { 'thank-you': 400 } }), []);
  });

  it('no-thanks is a warning for thank-you types and information otherwise', () => {
    const text = HEAD + CLEAN_BODY.replace('Thank you for talking', 'I enjoyed talking');
    assert.deepEqual(check(text).filter((f) => f.rule === 'no-thanks').map((f) => f.severity), ['warning']);
    const checkIn = text.replace('interviewDate: 2026-11-20T14:30', 'interviewDate: 2026-11-09T10:00\ntype: check-in');
    assert.deepEqual(check(checkIn).filter((f) => f.rule === 'no-thanks').map((f) => f.severity), ['information']);
  });
});

describe('timing rules', () => {
  it('late-thank-you: unsent after 24 hours, or sent late; the hours are a setting', () => {
    assert.deepEqual(check(HEAD + CLEAN_BODY, {}, DateTime.fromISO('2026-11-21T14:00', { zone: timeZone })).map((f) => f.rule), []);
    assert.deepEqual(check(HEAD + CLEAN_BODY, {}, DateTime.fromISO('2026-11-21T15:00', { zone: timeZone })).map((f) => f.rule), ['late-thank-you']);
    assert.deepEqual(check(HEAD + CLEAN_BODY, { thankYouHours: 48 }, DateTime.fromISO('2026-11-21T15:00', { zone: timeZone })).map((f) => f.rule), []);
    const sentLate = HEAD.replace('---\nS', '---\nS').replace('interviewDate: 2026-11-20T14:30', 'interviewDate: 2026-11-20T14:30\nsent: 2026-11-22T10:00');
    const later = DateTime.fromISO('2026-11-23T09:00', { zone: timeZone });
    assert.deepEqual(covered(sentLate + CLEAN_BODY, 'late-thank-you', {}, later), ['2026-11-22T10:00']);
    // Sent on the day after the interview, with no time: not late, because the day is all it says.
    assert.deepEqual(covered(sentLate.replace('sent: 2026-11-22T10:00', 'sent: 2026-11-21') + CLEAN_BODY, 'late-thank-you', {}, later), []);
  });

  it('too-soon: honours pace, decisionDate and weekends', () => {
    const checkIn = (extra: string, at: string) =>
      check(HEAD.replace('interviewDate: 2026-11-20T14:30', `interviewDate: 2026-11-20T14:30\ntype: check-in\n${extra}`) + CLEAN_BODY, {}, DateTime.fromISO(at, { zone: timeZone }))
        .map((f) => f.rule)
        .filter((rule) => rule === 'too-soon');
    // 7 days after Friday 20 Nov is Friday 27 Nov, a day: from its first minute it is not too soon (§4.7).
    assert.deepEqual(checkIn('pace: standard', '2026-11-26T23:30'), ['too-soon']);
    assert.deepEqual(checkIn('pace: standard', '2026-11-27T00:05'), []);
    assert.deepEqual(checkIn('pace: fast', '2026-11-24T20:00'), ['too-soon']);
    assert.deepEqual(checkIn('pace: fast', '2026-11-25T08:00'), []);
    // 14 days lands on Friday 4 Dec; a decision date of Monday 7 Dec pushes it to the day after.
    assert.deepEqual(checkIn('pace: slow\ndecisionDate: 2026-12-07', '2026-12-07T12:00'), ['too-soon']);
    assert.deepEqual(checkIn('pace: slow\ndecisionDate: 2026-12-07', '2026-12-08T09:00'), []);
  });

  it('too-soon moves a weekend due date to Monday, unless the setting is off', () => {
    const head = HEAD.replace('interviewDate: 2026-11-20T14:30', 'interviewDate: 2026-11-21T10:00\ntype: check-in');
    // Saturday 21 Nov + 7 days = Saturday 28 Nov -> Monday 30 Nov.
    const at = DateTime.fromISO('2026-11-29T12:00', { zone: timeZone });
    const tooSoon = (config: Config) => check(head + CLEAN_BODY, config, at).filter((f) => f.rule === 'too-soon').length;
    assert.equal(tooSoon({}), 1);
    assert.equal(tooSoon({ skipWeekends: false }), 0);
  });

  it('too-many-follow-ups counts the sent follow-ups of the same application', () => {
    const index = new DraftIndex();
    const head = (extra: string) => `---\ncompany: Umbrella\nrole: Analyst\ninterviewer: Alice Abernathy\ninterviewDate: 2026-10-01T10:00\n${extra}\n---\nDear Alice,\n`;
    const sent = ['2026-10-09T10:00', '2026-10-19T10:00', '2026-10-29T10:00'];
    sent.forEach((date, i) => index.set(`f${i}`, summarize(`f${i}`, parseDraft(head(`type: check-in\nsent: ${date}`), { timeZone }))));
    index.set('other-role', summarize('other-role', parseDraft(head('type: check-in\nsent: 2026-10-30T10:00').replace('role: Analyst', 'role: Manager'), { timeZone })));
    const rulesOf = (text: string, key?: string) =>
      lintDraft(parseDraft(text, { timeZone }), { now, timeZone, workspace: index, key }).map((f) => f.rule).filter((rule) => rule === 'too-many-follow-ups');
    assert.deepEqual(rulesOf(head('type: final')), ['too-many-follow-ups']);
    assert.deepEqual(rulesOf(head('type: final'), undefined).length, 1);
    assert.deepEqual(rulesOf(head('type: check-in\nsent: 2026-10-29T10:00'), 'f2'), [], 'the third one is fine');
    assert.deepEqual(rulesOf(head('type: final\noutcome: rejected')), [], 'a closed application has nothing due');
  });
});

describe('wrong-company', () => {
  it('flags another draft’s company in the body, with a fix', () => {
    const index = new DraftIndex();
    index.set('initech', summarize('initech', parseDraft('---\ncompany: Initech\n---\n', { timeZone })));
    index.set('globex-analytics', summarize('globex-analytics', parseDraft('---\ncompany: Globex Analytics\n---\n', { timeZone })));
    const text = withLine('I would love to help the team at Initech grow, as at Globex.');
    const findings = lintDraft(parseDraft(text, { timeZone }), { now, timeZone, workspace: index, key: 'self' }).filter((f) => f.rule === 'wrong-company');
    assert.deepEqual(findings.map((f) => text.slice(f.span.start, f.span.end)), ['Initech']);
    assert.equal(findings[0].severity, 'error');
    assert.match(applyFix(text, findings[0]), /team at Globex grow/);
  });
});

describe('quick fixes', () => {
  const fixed = (text: string, rule: string, config: Config = {}) => {
    const finding = check(text, config).find((f) => f.rule === rule);
    assert.ok(finding, `no ${rule} finding`);
    return applyFix(text, finding);
  };

  it('fills placeholders from the front-matter and the signature', () => {
    const text = withLine('I admire [Company Name] and the [Job Title] team.');
    assert.match(fixed(text, 'placeholder'), /I admire Globex and/);
    assert.match(fixed(fixed(text, 'placeholder'), 'placeholder'), /the Data Analyst team/);
    assert.match(fixed(HEAD + CLEAN_BODY.replace('Sam Lee', '[Your Name]'), 'placeholder', { signature: 'Sam Lee' }), /Best regards,\nSam Lee/);
  });

  it('inserts a subject line built from role and company, in the file’s line endings', () => {
    const text = (HEAD + CLEAN_BODY.replace('Subject: Thank you: Data Analyst interview\n\n', '')).replace(/\n/g, '\r\n');
    assert.match(fixed(text, 'subject-missing'), /---\r\nSubject: Thank you: Data Analyst interview at Globex\r\n\r\nDear Dana,/);
  });

  it('corrects misspellings and names, and replaces Hey', () => {
    assert.match(fixed(withLine('I will recieve it.'), 'spelling'), /I will receive it\./);
    assert.match(fixed(withLine('Thanks to Ms. Whitfeld.'), 'misspelled-name'), /Ms\. Whitfield\./);
    assert.match(fixed(HEAD + CLEAN_BODY.replace('Dear Dana,', 'Hey Dana,'), 'informal'), /\nDear Dana,\n/);
    assert.match(fixed(HEAD + CLEAN_BODY.replace('Dear Dana,', 'Dear Dana Whitfeld,'), 'greeting-name'), /Dear Dana Whitfield,/);
  });

  it('deletes an offending sentence and nothing else', () => {
    const text = withLine('I would also like to know the salary range. The dashboard work excites me.');
    assert.equal(fixed(text, 'salary'), withLine('The dashboard work excites me.'));
    const alone = withLine('What is the salary range?');
    assert.equal(fixed(alone, 'salary'), HEAD + CLEAN_BODY.replace('I look forward', '\nI look forward'));
  });
});

describe('suppression comments', () => {
  const line = 'Could you share the salary range?';

  it('disable-next-line silences the next line only, for the rules named', () => {
    assert.deepEqual(covered(withLine(`<!-- followup-disable-next-line salary -->\n${line}`), 'salary'), []);
    assert.equal(covered(withLine(`<!-- followup-disable-next-line spelling -->\n${line}`), 'salary').length, 1);
    assert.deepEqual(covered(withLine(`<!-- followup-disable-next-line -->\n${line}`), 'salary'), []);
  });

  it('disable ... enable silences a region', () => {
    const text = withLine(`<!-- followup-disable salary -->\n${line}\n<!-- followup-enable salary -->\n\n${line}`);
    assert.equal(covered(text, 'salary').length, 1);
    assert.deepEqual(covered(withLine(`<!-- followup-disable -->\n${line}`), 'salary'), []);
  });

  it('a disable anywhere in the body covers front-matter findings', () => {
    const at = DateTime.fromISO('2026-11-25T09:00', { zone: timeZone });
    assert.equal(check(HEAD + CLEAN_BODY, {}, at).filter((f) => f.rule === 'late-thank-you').length, 1);
    assert.equal(check(HEAD + CLEAN_BODY + '<!-- followup-disable late-thank-you -->\n', {}, at).filter((f) => f.rule === 'late-thank-you').length, 0);
  });
});

describe('configuration', () => {
  it('turns a rule off or changes its level', () => {
    const text = withLine('What is the salary range?');
    assert.deepEqual(covered(text, 'salary', { rules: { salary: 'off' } }), []);
    assert.deepEqual(check(text, { rules: { salary: 'error' } }).filter((f) => f.rule === 'salary').map((f) => f.severity), ['error']);
  });
});

describe('grammar: the confused words, decided from the words around them', () => {
  const found = (line: string) =>
    check(withLine(line))
      .filter((f) => f.rule === 'grammar')
      .map((f) => `${withLine(line).slice(f.span.start, f.span.end)}>${f.fixes?.[0]?.edits[0].text}`);

  it('finds each confusion, with the right word as its fix', () => {
    const cases: Array<[string, string[]]> = [
      ['I admire how their is room to grow, and their going to expand.', ['their>there', "their>they're"]],
      ['I enjoyed meeting there team and seeing they\'re offices.', ['there>their', "they're>their"]],
      ['If your interested, I can send the deck. Thank you for you\'re time.', ["your>you're", "you're>your"]],
      ["The product and it's own roadmap impressed me; its been a pleasure.", ["it's>its", "its>it's"]],
      ['I should of mentioned my SQL work, and I would of liked to ask more.', ['of>have', 'of>have']],
      ['I learned more then I expected, rather then less.', ['then>than', 'then>than']],
      ['I do not want to loose touch, and I will tie up the lose ends.', ['loose>lose', 'lose>loose']],
      ['It was a honour to meet you after a hour of travel; I hold an Masters and a MBA.', ['a>an', 'a>an', 'an>a', 'a>an']],
      ['I learned alot, and i think i\'m ready.', ['alot>a lot', 'i>I', "i'm>I'm"]],
      ['The teams share a board, so there handoffs stay visible, and I hope your well.', ['there>their', "your>you're"]],
      ['They said that their planning a roll-out, and I look forward to it\'s launch.', ["their>they're", "it's>its"]],
      ['We met at ten. Than we toured the lab, with an XGBoost demo and a UX-minded team.', ['Than>Then']],
      ['Your welcome to call me. The bank grows it\'s clients, and they changed there approach to risk; their keen on it.', ["Your>You're", "it's>its", 'there>their', "their>they're"]],
    ];
    for (const [line, expected] of cases) assert.deepEqual(found(line), expected, line);
  });

  it('stays silent where the words around it do not decide it, or decide for the word written', () => {
    for (const line of [
      'Their team and their roadmap are impressive, and there is budget for it. Is there budget for training?',
      "You're welcome to share your thoughts; your welcome email arrived, and you're right about your team.",
      "It's clear that its clear goals and its own culture matter; it's been a pleasure.",
      'I could, of course, send more. I could have called, and the team would have liked it.',
      'It is better than I hoped, and then we spoke about later then.',
      'I do not want to lose touch; the loose ends are tied up.',
      'It was an honour to meet you after an hour; I hold an MBA, a one-year diploma and a university degree from a European school.',
      'An 18-month project, a UX review, an NHS trust, an FBI report, a SQL query, an SQL query, an historic site, a historic site, a user study.',
      'Plan A is ready; I scored an A and a B, i.e. well, and (i) read the brief.',
      'An 8% rise and a 12-week plan, an 11-person team.',
      'I know that there needs to be a decision, that there is budget, and that there will be news; I worked there years ago.',
      'It is better than we hoped, and more than I expected.',
      "She says it's clients who matter, and their keen interest shows; there needs to be a plan.",
    ]) {
      assert.deepEqual(found(line), [], line);
    }
  });

  it('writes the fix with the draft’s own apostrophe', () => {
    const line = 'Thank you for you’re time; it’s been great.';
    assert.deepEqual(found(line), ['you’re>your']);
  });
});
