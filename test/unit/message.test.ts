import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseDraft } from '../../src/core/draft';
import { mailtoLink, plainMessage } from '../../src/core/message';

const draft = (text: string) => parseDraft(text, { timeZone: 'UTC' });

describe('plainMessage', () => {
  it('drops the front-matter, comments and the subject line, and reduces Markdown to plain text', () => {
    const text = [
      '---',
      'company: Globex',
      '---',
      '<!-- planted note -->',
      '**Subject:** Thank you: *Data Analyst* interview',
      '',
      'Dear Dana,',
      '',
      'Thank you for the **churn dashboard** demo and the `SQL` tips. I read [your post](https://example.com/post) and https://example.com/raw.',
      '',
      '## Next steps',
      '',
      'I look forward to _hearing_ from you.',
      '',
      '',
      '',
      'Best regards,',
      'Sam Lee',
      '',
    ].join('\r\n');
    assert.deepEqual(plainMessage(draft(text)), {
      subject: 'Thank you: Data Analyst interview',
      body: 'Dear Dana,\n\nThank you for the churn dashboard demo and the SQL tips. I read your post (https://example.com/post) and https://example.com/raw.\n\nNext steps\n\nI look forward to hearing from you.\n\nBest regards,\nSam Lee',
    });
  });

  it('takes the subject from the front-matter when the body has none', () => {
    assert.deepEqual(plainMessage(draft('---\ncompany: G\nsubject: Data Analyst interview\n---\nDear Dana,\n')), { subject: 'Data Analyst interview', body: 'Dear Dana,' });
  });
});

describe('mailtoLink', () => {
  it('percent-encodes the address, subject and body, with CRLF line breaks', () => {
    assert.equal(
      mailtoLink('dana+jobs@globex.example', { subject: 'Thank you & more?', body: 'Dear Dana,\n\n100% thanks = #1' }),
      'mailto:dana%2Bjobs@globex.example?subject=Thank%20you%20%26%20more%3F&body=Dear%20Dana%2C%0D%0A%0D%0A100%25%20thanks%20%3D%20%231',
    );
  });
});
