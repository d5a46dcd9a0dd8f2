import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseDraft } from '../../src/core/draft';

const parse = (text: string) => parseDraft(text, { timeZone: 'America/New_York' });

describe('parseDraft: what is a draft', () => {
  it('counts a file whose front-matter holds company, interviewer or interviewDate', () => {
    assert.equal(parse('---\ncompany: Globex\n---\n').isDraft, true);
    assert.equal(parse('---\ninterviewer: Dana\n---\n').isDraft, true);
    assert.equal(parse('---\ninterviewDate: 2026-11-20\n---\n').isDraft, true);
    assert.equal(parse('---\ncompany:\n---\n').isDraft, true, 'an empty key still marks a draft');
  });

  it('does not count a README, a blog post or plain Markdown', () => {
    assert.equal(parse('---\ntitle: Project\nlayout: post\n---\n# Readme').isDraft, false);
    assert.equal(parse('# Notes\ncompany: Globex\n').isDraft, false);
    assert.equal(parse('').isDraft, false);
    assert.equal(parse('---').isDraft, false);
  });

  it('counts broken YAML as a draft when a draft key starts a line, so it gets its error', () => {
    assert.equal(parse('---\ncompany: Globex\nrole: "Analyst\n---\n').isDraft, true);
    assert.equal(parse('---\ntitle: "Broken\n---\n').isDraft, false);
    assert.equal(parse('---\ncompany: Globex\n').isDraft, true, 'unclosed');
  });

  it('counts ---js front-matter that names a draft key, so its refusal is shown', () => {
    assert.equal(parse("---js\n{ company: 'Globex' }\n---\n").isDraft, true);
    assert.equal(parse("---js\n{ title: 'Post' }\n---\n").isDraft, false);
  });
});

describe('parseDraft: fields', () => {
  it('reads typed fields with dates in the user zone', () => {
    const draft = parse(
      '---\ncompany: Globex\nrole: Data Analyst\ninterviewer: [Dana Whitfield, Omar Haddad]\ninterviewDate: 2026-11-20T14:30\ntype: check-in\nsent: 2026-11-27\npace: fast\nemail: dana@globex.com\n---\n',
    );
    const { fields } = draft;
    assert.equal(fields.company, 'Globex');
    assert.equal(fields.role, 'Data Analyst');
    assert.deepEqual(fields.interviewers, ['Dana Whitfield', 'Omar Haddad']);
    assert.equal(fields.interviewDate?.value.toISO(), '2026-11-20T14:30:00.000-05:00');
    assert.equal(fields.sent?.dateOnly, true);
    assert.equal(fields.type, 'check-in');
    assert.equal(fields.pace, 'fast');
    assert.equal(fields.email, 'dana@globex.com');
    assert.deepEqual(draft.valueProblems, []);
  });

  it('defaults the type to thank-you and reads a numeric company name as text', () => {
    const { fields } = parse('---\ncompany: 1800\ninterviewer: Dana\ninterviewDate: 2026-11-20\n---\n');
    assert.equal(fields.type, 'thank-you');
    assert.equal(fields.company, '1800');
  });
});

describe('parseDraft: message parts', () => {
  const text = [
    '---',
    'company: Globex',
    '---',
    '<!-- Subject: not this one -->',
    '**Subject:** Thank you: Data Analyst interview',
    '',
    'Dear Dana Whitfield,',
    '',
    'Thank you for your time on Friday.',
    '',
    'Best regards,',
    'Sam Lee',
    '<!-- notes to self -->',
    '',
  ].join('\n');
  const { message } = parse(text);

  it('finds the subject line and its value, skipping comments', () => {
    assert.equal(message.subject?.value, 'Thank you: Data Analyst interview');
    assert.equal(text.slice(message.subject!.valueSpan.start, message.subject!.valueSpan.end), 'Thank you: Data Analyst interview');
  });

  it('finds the greeting and who it addresses', () => {
    assert.equal(message.greeting?.salutation, 'Dear');
    assert.equal(message.greeting?.addressee, 'Dana Whitfield');
    assert.equal(text.slice(message.greeting!.addresseeSpan.start, message.greeting!.addresseeSpan.end), 'Dana Whitfield');
  });

  it('finds the sign-off and the name under it', () => {
    assert.equal(message.signOff?.phrase, 'Best regards');
    assert.equal(message.signOff?.name?.text, 'Sam Lee');
  });

  it('finds a sign-off written on one line, and none when the message ends mid-thought', () => {
    assert.equal(parse('---\ncompany: G\n---\nHi Dana,\n\nThanks again.\n\nBest, Sam Lee\n').message.signOff?.name?.text, 'Sam Lee');
    const open = parse('---\ncompany: G\n---\nHi Dana,\n\nThanks again for the chat.\n').message;
    assert.equal(open.signOff, undefined);
    assert.equal(open.subject, undefined);
    assert.equal(open.greeting?.salutation, 'Hi');
  });

  it('returns the body with its offset', () => {
    const draft = parse('---\r\ncompany: Globex\r\n---\r\nDear Dana,\r\n');
    assert.equal(draft.body, 'Dear Dana,\r\n');
    assert.equal(draft.text.slice(draft.bodyStart), draft.body);
  });

  it('reads a huge draft without trouble', () => {
    const paragraph = 'Thank you for the conversation about the role. <!-- note --> `code` here.\n\n';
    // 1.6 MB: within the 2 MB whose message is read.
    const draft = parse(`---\ncompany: Globex\n---\nDear Dana,\n\n${paragraph.repeat(20_000)}Best regards,\nSam Lee\n`);
    assert.equal(draft.masked.length, draft.text.length);
    assert.equal(draft.message.greeting?.addressee, 'Dana');
    assert.equal(draft.message.signOff?.name?.text, 'Sam Lee');
  });

  it('handles an empty body', () => {
    const { message } = parse('---\ncompany: Globex\n---\n');
    assert.deepEqual(message.lines, []);
    assert.equal(message.greeting, undefined);
  });
});
