import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { resolveConfig } from '../../src/core/config';
import { parseDraft } from '../../src/core/draft';
import { lintText } from '../../src/core/lint';
import { fold } from '../../src/core/language/fold';
import { companyMentions, roleMentions } from '../../src/core/language/names';
import { formsOf, matchPhrase, phrase, PhraseSet } from '../../src/core/language/phrases';
import { sentencesOf } from '../../src/core/language/tokens';
import { Prose } from '../../src/core/prose';
import { DraftIndex, summarize } from '../../src/core/workspace';
import { scoreCorpus } from '../eval/score';

const timeZone = 'America/New_York';
const now = DateTime.fromISO('2026-11-21T09:00', { zone: timeZone });
const HEAD = (extra = '') => `---\ncompany: Globex Analytics Group\nrole: Senior Data Analyst\ninterviewer: Dana O'Neill\ninterviewDate: 2026-11-20T14:30\n${extra}---\n`;
const BODY = (line: string) =>
  `Subject: Thank you: Senior Data Analyst interview\n\nDear Dana,\n\nThank you for talking with me about the Senior Data Analyst role at Globex. I am keen to help with the churn dashboard.\n\n${line}\n\nI look forward to hearing from you.\n\nBest regards,\nSam Lee\n`;

function rulesOn(text: string): string[] {
  return lintText(text, { now, timeZone, config: resolveConfig({}) }).findings.map((f) => f.rule);
}
const fires = (rule: string, line: string) => rulesOn(HEAD() + BODY(line)).includes(rule);

describe('the language layer', () => {
  it('folds names the way a reader compares them', () => {
    assert.equal(fold('O’Neill'), fold("O'Neill"));
    assert.equal(fold('Zoë Brontë-Hall'), 'zoe bronte-hall');
    assert.equal(fold('St.\u00a0Agnes'), 'st. agnes');
    assert.equal(fold('Müßig'), 'mussig');
  });

  it('reads contractions as their words, and inflects verbs', () => {
    const [sentence] = sentencesOf("I haven't heard, and I'm sure she'd know.");
    assert.deepEqual(sentence.map((t) => t.norm), ['i', 'have', 'not', 'heard', 'and', 'i', 'am', 'sure', 'she', 'would', 'know']);
    assert.deepEqual(formsOf('reply'), ['reply', 'replies', 'replied', 'replying']);
    assert.ok(formsOf('stop').includes('stopped'));
    assert.ok(formsOf('hear').includes('heard'));
  });

  it('matches a phrase family across verb forms, contractions and small gaps, within one sentence', () => {
    const family = phrase('{neg} ~2 @hear back|from');
    for (const text of ["I haven't heard back.", 'We have not yet heard from the team.', 'I never heard back from anyone.']) {
      assert.ok(matchPhrase(sentencesOf(text)[0], family), text);
    }
    assert.equal(matchPhrase(sentencesOf('I have not. Heard back from Dana today.')[0], family), undefined);
  });

  it("reads a draft's word index, and its memory of sentences, exactly as it reads every sentence in full", () => {
    // The shared index only rules out phrases a draft cannot hold; it must never lose a match.
    // Families like the rules' own: other readings ("'s" as is/has), verb forms, gaps, optional
    // slots, word classes, and one that starts with a prefix (read without the index).
    const families = [
      new PhraseSet(['{neg} ~2 @hear back|from', 'i ~2 @be ~1 so|really|very ~2 grateful|thankful', 'what|how ~2 is ~3 salary|pay|range', "it ~1 is|has ~2 been ~1 a|an? week|while"]),
      new PhraseSet(['@let me ~1 @know', 'look|looking forward', 'next ~1 step|steps|stage', 'could|would|can ~1 you ~2 @share|@let|@tell']),
      new PhraseSet(['please|kindly ~4 @reply|@respond ~6 by|before {day}|{time}|{ordinal}', '{reply}|answer ~6 by|before {number} ~1 am|pm', 'i ~2 @insist|@demand']),
      new PhraseSet(['look* ~2 forward', 'team ~3 @be']),
    ];
    const root = join(__dirname, '..', '..', '..', 'test', 'corpus');
    let sentences = 0;
    let matched = 0;
    const walk = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : []));
    // Short drafts where a phrase's word comes only from another reading ("it's" for "it has").
    const short = ["It's been a week since we spoke.", "Dana's been so helpful, and we've not heard back.", "Let's see: the team's great."].map(
      (body, i) => [`short-${i}`, `---\ncompany: Globex\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20\n---\n${body}\n`],
    );
    for (const [file, text] of [...short, ...walk(root).map((file) => [file, readFileSync(file, 'utf8')])]) {
      const prose = new Prose(parseDraft(text, { timeZone: 'UTC' }));
      // Every sentence read through the index (a check of a draft just opened), and through the
      // families' memory of sentences seen before (the next keystroke).
      const index = prose.bag();
      index.misses = Number.POSITIVE_INFINITY;
      for (const sentence of prose.sentences()) {
        sentences++;
        for (const family of families) {
          const full = family.matches(sentence);
          assert.deepEqual(family.matches(sentence, index), full, `${file}: ${sentence.map((t) => t.norm).join(' ')}`);
          assert.deepEqual(family.matches(sentence, new Prose(prose.draft).bag()), full);
          assert.equal(family.test(sentence, index), full.length > 0);
          matched += full.length;
        }
      }
    }
    assert.ok(sentences > 3000 && matched > 300, `${sentences} sentences, ${matched} matches`);
  });

  it('splits sentences at punctuation but not after titles', () => {
    assert.equal(sentencesOf('Dr. Hale was kind. Thanks again.').length, 2);
    assert.equal(sentencesOf('First point\n- second point\n\nA new paragraph').length, 3);
  });

  it('recognises short forms, possessives and initials of a company, and two words of a role', () => {
    assert.ok(roleMentions(sentencesOf('the Lecturer in Biochemistry post'), 'Lecturer in Biochemistry').length > 0);
    const sentences = sentencesOf("Globex's data team impressed me. The GAG office too. I'd love to join as an analyst.");
    assert.equal(companyMentions(sentences, 'Globex Analytics Group').length >= 2, true);
    assert.equal(companyMentions(sentencesOf('the group was helpful'), 'Globex Analytics Group').length, 0);
    assert.ok(roleMentions(sentencesOf('As a Cardiac Step-Down RN'), 'Registered Nurse – Cardiac Step-Down Unit').length > 0);
    assert.ok(roleMentions(sentencesOf('the SRE role'), 'Site Reliability Engineer').length > 0);
    assert.equal(roleMentions(sentencesOf('the engineering team'), 'Site Reliability Engineer').length, 0);
  });
});

describe('tone families catch mistakes however they are worded', () => {
  const cases: Record<string, string[]> = {
    'not-heard-back': [
      'I have yet to receive an update on my application.',
      'No one has gotten back to me since the interview.',
      "It's been ten days and I've received no reply.",
      'Nobody from the panel has responded to my last note.',
      'The process seems to have gone silent since we met.',
      'I am still waiting on a decision.',
      'I was hoping to have heard something by now.',
      'My application seems to have slipped through the cracks.',
      'There has been no word from the team since.',
      'I feel I have been left in the dark.',
    ],
    demanding: [
      'Please confirm by 5 pm tomorrow whether I am still in the running.',
      'I must insist on a reply this week.',
      'I need your answer before Monday.',
      'Why has nobody replied to my email?',
      'If I do not hear from you by Friday, I will assume the role has gone elsewhere.',
      'Kindly revert with your decision no later than the 30th.',
      'I need to know this week.',
      'It would be courteous to reply to candidates.',
      'Surely it cannot take this long.',
      'Otherwise I will have to assume you have moved on.',
    ],
    desperate: [
      "I don't know what I'll do if this falls through.",
      'This job is my last chance.',
      "I'm sorry to pester you again about this.",
      'I would accept whatever you have available.',
      'My kids are depending on me landing this.',
      'Honestly I am begging you to reconsider.',
      "I'll do whatever it takes.",
      'Please just give me a chance.',
      "I know I'm not the strongest candidate.",
      'I hate to be a pest.',
    ],
    salary: [
      'Could you tell me about the parental leave policy?',
      'How much time off would I get in the first year?',
      'I was also wondering what the role pays.',
      'Is there an equity grant as part of the offer?',
      'Does the package include private medical cover?',
      'What would the hourly rate be for weekend shifts?',
    ],
    informal: ['Super excited about this!', 'Btw, I can start next month.', 'lmk if you need anything else', 'It was great :)', 'Thanks a bunch for the tour.'],
  };
  for (const [rule, lines] of Object.entries(cases)) {
    for (const line of lines) it(`${rule}: "${line}"`, () => assert.ok(fires(rule, line), `${rule} missed: ${line}`));
  }
});

describe('look-alikes stay silent', () => {
  const quiet: Record<string, string[]> = {
    'not-heard-back': ['No need to reply to this note.', 'I had never heard of dbt before our chat.', 'Since we spoke, I have finished the certificate.', 'I enjoyed the quiet of the library.', 'No rush at all; I appreciate you are busy.'],
    demanding: [
      'You mentioned a decision by Friday, and I am happy to send references before then.',
      'I will send the portfolio by Monday.',
      'Thank you for sending the notes so promptly.',
      'I can start as soon as possible.',
      'I would be glad to hear about next steps when the timing is right.',
      'Could you tell me roughly when you expect to decide?',
    ],
    desperate: ['I was sorry to hear about the reorganisation.', 'Do let me know if anything else would help.', 'Our conversation about how the work has begun stayed with me.'],
    salary: [
      'I will pay attention to the reporting deadlines.',
      'Your commitment to health equity is why I applied.',
      'Equity, diversity and inclusion matter to me.',
      "The Agency's move to a new pensions platform is exciting.",
      'I would benefit your team from day one.',
      'I keep a stock of templates for quarterly reviews.',
    ],
    shouting: ['I hold the CDCES and PCCN certifications.', 'I led the PICU transition and the OSHA 30 training.', 'My ACCA and CIPD work covered IFRS 9.'],
    informal: ['I am as keen as ever to join the team.', 'Hello Dana, thank you again.'],
  };
  for (const [rule, lines] of Object.entries(quiet)) {
    for (const line of lines) it(`${rule} stays silent: "${line}"`, () => assert.ok(!fires(rule, line), `${rule} fired on: ${line}`));
  }
  it('shouting still catches ordinary words and adverbs in capitals', () => {
    assert.ok(fires('shouting', 'I am EXTREMELY keen and SO ready.'));
    assert.ok(fires('shouting', 'It was GENUINELY inspiring.'));
  });
});

describe('structure as people write it', () => {
  it('reads a signature with contact lines under the name, and closings beyond the usual few', () => {
    for (const closing of ['Many thanks,', 'Thanks and regards,', 'Warmly,', 'With gratitude,', 'Thanks again for your time,', 'Respectfully,']) {
      const draft = parseDraft(`${HEAD()}Dear Dana,\n\nThank you.\n\n${closing}\nSam Lee, PMP\n(555) 555-0100\nlinkedin.com/in/samlee\n`, { timeZone });
      assert.equal(draft.message.signOff?.name?.text, 'Sam Lee, PMP', closing);
    }
  });

  it('reads a letter that opens with the date and address blocks', () => {
    const draft = parseDraft(`${HEAD('type: letter\n')}7 October 2026\n\nMs Dana O’Neill\nHead of Analytics\nGlobex Analytics Group\n14 Austin Friars\nLondon EC2N 2HE\n\nDear Ms O’Neill,\n\nThank you.\n`, { timeZone });
    assert.equal(draft.message.greeting?.addressee, 'Ms O’Neill');
  });

  it('reads a salutation in any custom that names the interviewer or a title', () => {
    for (const [line, salutation] of [['Kia ora Dana,', 'Kia ora'], ['Good day, Ms. O\'Neill,', 'Good day'], ['Salaam Dana,', 'Salaam']]) {
      const draft = parseDraft(`${HEAD()}${line}\n\nThank you.\n`, { timeZone });
      assert.equal(draft.message.greeting?.salutation, salutation, line);
    }
    assert.equal(parseDraft(`${HEAD()}Following our call,\n\nThank you.\n`, { timeZone }).message.greeting, undefined);
  });

  it('greets a letter by full name when it suggests a greeting', () => {
    const findings = lintText(`${HEAD('type: letter\n')}Thank you for meeting me.\n\nYours sincerely,\nSam Lee\n`, { now, timeZone }).findings;
    assert.match(findings.find((f) => f.rule === 'greeting')!.message, /“Dear Dana O'Neill,”/);
  });

  it('does not lint a pasted reply in quotes as the user’s words', () => {
    const text = `${HEAD()}${BODY('')}\n> On 20 Nov, Dana wrote:\n> Hey Sam!! We haven't decided yet, sorry to bother you with the delay.\n`;
    assert.deepEqual(rulesOn(text), []);
  });

  it('counts a short form, a possessive or the subject alone as naming the company or role', () => {
    const text = `${HEAD()}Subject: Senior Data Analyst interview\n\nDear Dana,\n\nThank you for your time. I would love to help your team.\n\nBest regards,\nSam Lee\n`;
    assert.ok(!rulesOn(text).includes('not-personalized'));
    assert.ok(!rulesOn(text.replace('Senior Data Analyst interview', "Globex's analytics team")).includes('subject-generic'));
  });

  it('anchors whole-message findings on the front-matter’s closing line, not on a correct line', () => {
    const text = `${HEAD()}Subject: Hello\n\nDear Dana,\n\nThe weather was nice.\n\nBest regards,\nSam Lee\n`;
    const finding = lintText(text, { now, timeZone }).findings.find((f) => f.rule === 'not-personalized')!;
    assert.equal(text.slice(finding.span.start, finding.span.end), '---');
  });
});

describe('wrong-company reads other companies as people write them', () => {
  const index = new DraftIndex();
  const other = (company: string, key: string) => index.set(key, summarize(key, parseDraft(`---\ncompany: ${company}\ninterviewer: X Y\ninterviewDate: 2026-11-01\n---\n`, { timeZone })));
  other('Harcourt Ridge Resources', 'a.md');
  other('Kaveri Cloud Labs', 'b.md');
  other('Harbor', 'c.md');
  other('Globex', 'd.md');
  const wrong = (line: string) =>
    lintText(HEAD() + BODY(line), { now, timeZone, workspace: index, key: 'mine.md' })
      .findings.filter((f) => f.rule === 'wrong-company')
      .map((f) => (HEAD() + BODY(line)).slice(f.span.start, f.span.end));

  it('by a short form of a long name, and in full', () => {
    assert.deepEqual(wrong('I could strengthen the finance function at Harcourt Ridge.'), ['Harcourt Ridge']);
    assert.deepEqual(wrong('The Kaveri Cloud platform impressed me.'), ['Kaveri Cloud']);
  });

  it('never a common word written in lower case, nor a part of the draft’s own company', () => {
    assert.deepEqual(wrong('We walked along the harbor after the interview.'), []);
    assert.deepEqual(wrong('Globex has a strong data team.'), []);
  });
});

describe('the eval scores findings against labels', () => {
  it('counts a finding on the quote’s line as found, anything unlabelled on a clean draft as false', () => {
    const text = 'Line one.\nI need this job badly.\n';
    const finding = (rule: string, start: number, severity: 'warning' | 'information' = 'warning') => ({ rule, severity, span: { start, end: start + 4 }, message: '' });
    const score = scoreCorpus([
      { path: 'f.md', part: 'dev', text, label: { kind: 'faulty', expect: [{ rule: 'desperate', quote: 'need this job' }, { rule: 'sign-off' }] }, findings: [finding('desperate', 12)] },
      { path: 'c.md', part: 'dev', text, label: { kind: 'clean' }, findings: [finding('salary', 0), finding('no-interest', 0, 'information')] },
    ]);
    assert.equal(score.found, 1);
    assert.equal(score.expected, 2);
    assert.equal(score.falsePositives, 1);
    assert.equal(score.cleanWithWarning, 1);
    assert.equal(score.cleanWithInfo, 1);
    assert.ok(score.problems.some((p) => p.startsWith('MISS sign-off')));
  });
});
