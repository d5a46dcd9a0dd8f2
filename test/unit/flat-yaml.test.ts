import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { readFlatYaml } from '../../src/core/flat-yaml';
import { parseBlock } from '../../src/core/frontmatter';

const root = resolve(__dirname, '../../..');

/** Every front-matter block of the project's fixtures and examples. */
function corpus(): string[] {
  const blocks: string[] = [];
  for (const folder of ['test/fixtures', 'examples']) {
    for (const file of readdirSync(join(root, folder), { recursive: true }).map(String)) {
      if (!file.endsWith('.md')) continue;
      const text = readFileSync(join(root, folder, file), 'utf8').replace(/^\uFEFF/, '');
      const match = /^---[^\n]*(\n[\s\S]*?)\n---/.exec(text);
      if (match) blocks.push(match[1]);
    }
  }
  return blocks;
}

/** Small variations that stress the edges of the fast reader. */
const VARIANTS = [
  '\ncompany: Globex\nrole: Data Analyst\n',
  '\ncompany: Globex # the employer\ninterviewer: "Dana Whitfield"\n',
  "\ncompany: 'Globex'   # quoted\n",
  '\ninterviewer: [Dana Whitfield, Omar Haddad]\n',
  '\ninterviewer: [ Dana , Omar ]  # panel\n',
  '\ninterviewer:\n  - Dana Whitfield\n  - Omar Haddad\ntype: letter\n',
  '\ninterviewer:\n- Dana\n- Omar\n',
  '\nsent:\ncompany: Globex\n',
  '\ncompany:\n',
  '\n# a comment\n\ncompany: Globex\n\n',
  '\ninterviewDate: 2026-11-20T14:30\nsent: 2026-11-21 09:05\n',
  '\ncompany: 3M\nrole: 401k planner\n',
  '\ncompany: 1800\n',
  '\ncompany: true\n',
  '\ncompany: null\n',
  '\ncompany: ~\n',
  '\ncompany: .5\n',
  '\ncompany: "a\\tb"\n',
  "\ncompany: 'it''s'\n",
  '\ncompany: Globex\ncompany: Initech\n',
  '\ncompany: a: b\n',
  '\ncompany: &x Globex\nrole: *x\n',
  '\ncompany: >\n  Globex\n',
  '\ncompany: Globex\n  Corp\n',
  '\ninterviewer: [Dana, [Omar]]\n',
  '\ninterviewer: []\n',
  '\nfoo-bar_baz: x\n',
  '\ncompany: Glob#ex\n',
  '\ncompany: Globex:\n',
  '\n"company": Globex\n',
  '\ncompany: {a: b}\n',
  '\ninterviewer:\n  -\n',
];

describe('readFlatYaml', () => {
  it('reads exactly what the YAML parser reads, or steps aside', () => {
    const blocks = [...corpus(), ...VARIANTS];
    let fast = 0;
    for (const raw of blocks) {
      const flat = readFlatYaml(raw);
      if (!flat) continue;
      fast++;
      const full = parseBlock(raw);
      assert.equal(full.problem, undefined, `the fast reader accepted what YAML rejects: ${JSON.stringify(raw)}`);
      assert.deepEqual(JSON.parse(JSON.stringify(flat)), JSON.parse(JSON.stringify(full.entries)), JSON.stringify(raw));
    }
    assert.ok(fast >= blocks.length * 0.6, `only ${fast} of ${blocks.length} blocks took the fast path`);
  });

  it('steps aside for numbers, booleans, anchors, block scalars and duplicates', () => {
    for (const raw of ['\ncompany: 1800\n', '\ncompany: true\n', '\ncompany: &x G\n', '\ncompany: >\n  G\n', '\ncompany: G\ncompany: H\n', '\ncompany: a: b\n']) {
      assert.equal(readFlatYaml(raw), undefined, raw);
    }
  });
});
