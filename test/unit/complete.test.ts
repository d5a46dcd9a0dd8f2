import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { DraftIndex, frontMatterCompletions, frontMatterHover, parseDraft, resolveConfig, summarize } from '../../src/core';

const now = DateTime.fromISO('2026-11-21T09:00', { zone: 'America/New_York' });
const index = new DraftIndex();
for (const [key, text] of [
  ['a.md', '---\ncompany: Globex\nrole: Data Analyst\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20\n---\n'],
  ['b.md', '---\ncompany: Initech\nrole: Product Manager\ninterviewer:\n  - Priya Nair\n  - Omar Haddad\ninterviewDate: 2026-11-20\n---\n'],
  ['c.md', '---\ncompany: Initech\nrole: Product Manager\ninterviewer: Priya Nair\ninterviewDate: 2026-11-24\n---\n'],
]) index.set(key, summarize(key, parseDraft(text, { timeZone: 'UTC' })));

const TEXT = '---\ncompany: Initech\nty\ninterviewer:\n  - \ninterviewDate: 2026-11-20T14:30\nsent: \npace: \n---\nHi there\n';
const at = (marker: string) => TEXT.indexOf(marker) + marker.length;
const labels = (offset: number) => frontMatterCompletions(TEXT, offset, { drafts: index.all(), now })?.items.map((item) => (item.detail ? `${item.label} (${item.detail})` : item.label));

describe('front-matter completion', () => {
  it('offers the keys not written yet, while the front-matter is half typed, replacing what was typed', () => {
    const result = frontMatterCompletions(TEXT, at('\nty'), { drafts: index.all(), now })!;
    assert.deepEqual(result.replace, { start: at('\nty') - 2, end: at('\nty') });
    assert.deepEqual(result.items.map((item) => item.label), ['role', 'type', 'decisionDate', 'outcome', 'subject', 'email', 'pace', 'snoozedUntil'].filter((key) => key !== 'pace'));
  });

  it('offers values: choices, names of the same company first, and dates', () => {
    assert.deepEqual(labels(at('pace: ')), ['fast', 'standard', 'slow']);
    assert.deepEqual(labels(at('  - ')), ['Priya Nair (at Initech)', 'Omar Haddad (at Initech)', 'Dana Whitfield (in your drafts)']);
    assert.deepEqual(labels(at('company: ')), ['Initech (at Initech)', 'Globex (in your drafts)']);
    assert.deepEqual(labels(at('sent: ')), ['2026-11-21T09:00 (now)', '2026-11-21 (today)', '2026-11-20T14:30 (the interview date)']);
  });

  it('offers nothing in the message, on the delimiters, or where there is no front-matter', () => {
    assert.equal(labels(at('Hi ')), undefined);
    assert.equal(labels(2), undefined);
    assert.equal(frontMatterCompletions('Hello\ncompany: ', 15, { drafts: index.all(), now }), undefined);
  });
});

describe('front-matter hovers', () => {
  const hover = (text: string, marker: string) => frontMatterHover(text, text.indexOf(marker) + marker.length, { now, timeZone: 'America/New_York', config: resolveConfig({}) })?.lines;
  const THANKS = '---\ncompany: Globex\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30\ntype: thank-you\n---\nHi\n';
  const CHECK_IN = '---\ncompany: Globex\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-12T14:30\ntype: check-in\nsent: 2026-11-20T10:00\ndecisionDate: 2026-11-25\n---\nHi\n';

  it('says what a key holds, and what is due from each date, and when', () => {
    assert.deepEqual(hover(THANKS, 'comp'), ['company: which company the message is for.']);
    assert.deepEqual(hover(THANKS, 'interviewDate: 2026'), ['interviewDate: when the interview took place.', 'This thank-you is due Sat 21 Nov 14:30, in 5 hours.']);
    assert.deepEqual(hover(CHECK_IN, 'interviewDate: 2026'), ['interviewDate: when the interview took place.', 'The thank-yous for this interview were due by Fri 13 Nov 14:30.']);
    assert.deepEqual(hover(CHECK_IN, 'sent: 2026'), ['sent: when you sent the message.', 'Sent Fri 20 Nov 10:00, 23 hours ago.', 'This is follow-up 1 since the interview; a check-in was due from Thu 26 Nov, so it went out early.']);
    assert.deepEqual(hover(CHECK_IN, 'decisionDate: 2026'), ['decisionDate: when the employer said they would decide.', 'They said they would decide by Wed 25 Nov; a check-in is not due before the day after.']);
    assert.equal(hover(THANKS, 'Hi'), undefined);
  });
});

