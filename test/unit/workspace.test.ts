import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DraftIndex, readSummary } from '../../src/core';

const draft = (company: string) => `---\ncompany: ${company}\ninterviewer: Dana\ninterviewDate: 2026-11-20\n---\nDear Dana,\n`;

describe('the workspace index', () => {
  it('keeps the same companies array while a draft is re-read with the same company', () => {
    const index = new DraftIndex();
    index.set('a', readSummary('a', draft('Globex'), 'UTC'));
    index.set('b', readSummary('b', draft('Initech'), 'UTC'));
    const first = index.companies();
    assert.deepEqual([...first].sort(), ['Globex', 'Initech']);
    index.set('a', readSummary('a', `${draft('Globex')}More text.\n`, 'UTC'));
    assert.equal(index.companies(), first, 'a new array on every keystroke defeats the wrong-company cache');
    index.set('a', readSummary('a', draft('Hooli'), 'UTC'));
    assert.deepEqual([...index.companies()].sort(), ['Hooli', 'Initech']);
    index.set('b', undefined);
    assert.deepEqual(index.companies(), ['Hooli']);
    index.clear();
    assert.deepEqual(index.companies(), []);
  });
});
