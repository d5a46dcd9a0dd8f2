import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { LineMap, linesOf } from '../../src/core/text';

describe('LineMap', () => {
  it('counts LF, CRLF and lone CR as line breaks, as VS Code does', () => {
    const map = new LineMap('a\nb\r\nc\rd');
    assert.deepEqual([0, 2, 5, 7].map((offset) => map.positionAt(offset)), [
      { line: 0, character: 0 },
      { line: 1, character: 0 },
      { line: 2, character: 0 },
      { line: 3, character: 0 },
    ]);
  });

  it('clamps offsets outside the text', () => {
    const map = new LineMap('ab\ncd');
    assert.deepEqual(map.positionAt(-4), { line: 0, character: 0 });
    assert.deepEqual(map.positionAt(99), { line: 1, character: 2 });
  });
});

describe('linesOf', () => {
  it('keeps each line at its offset in the whole text, without its line break', () => {
    const text = 'skip\r\none\r\n\r\ntwo';
    assert.deepEqual(linesOf(text, 6), [
      { start: 6, end: 9, text: 'one' },
      { start: 11, end: 11, text: '' },
      { start: 13, end: 16, text: 'two' },
    ]);
  });
});
