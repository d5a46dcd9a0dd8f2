import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import matter from 'gray-matter';
import { readFrontMatter } from '../../src/core/frontmatter';
import { LineMap } from '../../src/core/text';

const lineOf = (text: string, offset: number) => new LineMap(text).positionAt(offset).line + 1;
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('readFrontMatter', () => {
  it('reads keys and values with their exact locations', () => {
    const text = '---\ncompany: Globex\ninterviewer:\n  - Dana Whitfield\n  - Omar Haddad\ninterviewDate: 2026-11-20T14:30\n---\nBody\n';
    const { frontMatter, bodyStart, problems } = readFrontMatter(text);
    assert.deepEqual(problems, []);
    assert.ok(frontMatter?.readable);
    const [company, interviewer, date] = frontMatter.entries;
    assert.equal(slice(text, company.keySpan), 'company');
    assert.equal(slice(text, company.valueSpan), 'Globex');
    assert.deepEqual(interviewer.value, ['Dana Whitfield', 'Omar Haddad']);
    assert.deepEqual(interviewer.items?.map((item) => slice(text, item.span)), ['Dana Whitfield', 'Omar Haddad']);
    assert.equal(date.value, '2026-11-20T14:30', 'dates stay strings');
    assert.equal(text.slice(bodyStart), 'Body\n');
  });

  it('keeps offsets right with CRLF line endings and a BOM', () => {
    const text = '\uFEFF---\r\ncompany: Globex\r\nrole: Data Analyst\r\n---\r\nBody\r\n';
    const { frontMatter, bodyStart } = readFrontMatter(text);
    const role = frontMatter!.entries[1];
    assert.equal(slice(text, role.valueSpan), 'Data Analyst');
    assert.equal(role.value, 'Data Analyst');
    assert.equal(lineOf(text, role.keySpan.start), 3);
    assert.equal(text.slice(bodyStart), 'Body\r\n');
    assert.equal(slice(text, frontMatter!.open), '---');
  });

  it('finds no front-matter in an empty file or plain Markdown', () => {
    assert.deepEqual(readFrontMatter(''), { bodyStart: 0, problems: [] });
    assert.equal(readFrontMatter('# Notes\n\nText').frontMatter, undefined);
    assert.equal(readFrontMatter('----\ncompany: X\n----\n').frontMatter, undefined, 'four dashes are a rule, not a delimiter');
  });

  it('reports a file with only an opening --- as never closed', () => {
    for (const text of ['---', '---\n', '---\r\n']) {
      const { problems, frontMatter } = readFrontMatter(text);
      assert.equal(problems.length, 1, JSON.stringify(text));
      assert.match(problems[0].message, /never closed/);
      assert.equal(frontMatter?.readable, false);
    }
  });

  it('reads an empty block as readable and empty', () => {
    const { frontMatter, problems, bodyStart } = readFrontMatter('---\n---\nHello');
    assert.deepEqual(problems, []);
    assert.deepEqual(frontMatter?.entries, []);
    assert.equal(frontMatter?.readable, true);
    assert.equal(bodyStart, 8);
  });

  it('reports unclosed front-matter at the opening line, without reading the body as YAML', () => {
    const text = '---\ncompany: Globex\n\nDear Dana: thank you.\n';
    const { problems } = readFrontMatter(text);
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0].span, { start: 0, end: 3 });
  });

  it('points a YAML syntax error at its own line', () => {
    const text = '---\ncompany: Globex\ninterviewer: Dana: Whitfield\ninterviewDate: 2026-11-20\n---\n';
    const { problems, frontMatter } = readFrontMatter(text);
    assert.equal(problems.length, 1);
    assert.equal(lineOf(text, problems[0].span.start), 3);
    assert.equal(slice(text, problems[0].span), 'interviewer: Dana: Whitfield');
    assert.match(problems[0].message, /quotes/);
    assert.equal(frontMatter?.readable, false);
  });

  it('points an unclosed quote at the line that opens it, not where YAML gives up', () => {
    const text = '---\ncompany: Globex\nrole: "Data Analyst\ninterviewer: Dana\n---\n';
    const { problems } = readFrontMatter(text);
    assert.equal(problems.length, 1);
    assert.equal(slice(text, problems[0].span), 'role: "Data Analyst');
  });

  it('reports a duplicated key', () => {
    const text = '---\ncompany: Globex\ncompany: Initech\n---\n';
    const { problems } = readFrontMatter(text);
    assert.equal(lineOf(text, problems[0].span.start), 3);
    assert.match(problems[0].message, /twice/);
  });

  it('reports a block that is a list or a sentence rather than key: value lines', () => {
    for (const text of ['---\n- company\n- Globex\n---\n', '---\nJust a sentence\n---\n']) {
      const { problems } = readFrontMatter(text);
      assert.equal(problems.length, 1, text);
      assert.match(problems[0].message, /key: value/);
    }
  });

  it('stops an alias bomb with a finding instead of hanging', () => {
    const lines = ['---', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    lines.push('company: Globex', '---', '');
    const { problems } = readFrontMatter(lines.join('\n'));
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /aliases/);
  });

  it('never runs ---js or ---coffee front-matter', () => {
    const folder = mkdtempSync(join(tmpdir(), 'followup-js-'));
    const marker = join(folder, 'executed');
    const g = globalThis as { followupExecuted?: boolean };
    try {
      for (const language of ['js', 'javascript', 'JS', 'coffee', 'json']) {
        const payload = `{ company: (globalThis.followupExecuted = true, require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'Globex') }`;
        const { problems, frontMatter } = readFrontMatter(`---${language}\n${payload}\n---\nBody`);
        assert.equal(problems.length, 1, language);
        assert.match(problems[0].message, /never run/);
        assert.equal(frontMatter?.readable, false);
      }
      assert.equal(g.followupExecuted, undefined, 'the front-matter ran');
      assert.equal(existsSync(marker), false, 'the front-matter wrote a file');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('accepts ---yaml as YAML', () => {
    const { frontMatter, problems } = readFrontMatter('---yaml\ncompany: Globex\n---\n');
    assert.deepEqual(problems, []);
    assert.equal(frontMatter?.entries[0].value, 'Globex');
  });

  it('bypasses the gray-matter cache', () => {
    // gray-matter keeps every text it parses without options in `matter.cache` (untyped).
    const cache = (matter as unknown as { cache: Record<string, unknown> }).cache;
    const before = Object.keys(cache).length;
    for (let i = 0; i < 50; i++) readFrontMatter(`---\ncompany: Globex ${i}\n---\nBody ${i}`);
    assert.equal(Object.keys(cache).length, before);
  });

  it('handles a huge file and a huge front-matter', () => {
    const body = 'Thank you for your time. '.repeat(200_000);
    const big = readFrontMatter(`---\ncompany: Globex\n---\n${body}`);
    assert.equal(big.frontMatter?.entries.length, 1);
    // About 55 KB: within the 64 KB that is read.
    const keys = Array.from({ length: 3000 }, (_, i) => `key${i}: value ${i}`).join('\n');
    const many = readFrontMatter(`---\n${keys}\n---\n`);
    assert.equal(many.frontMatter?.entries.length, 3000);
  });
});
