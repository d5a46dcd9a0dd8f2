import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const root = join(__dirname, '..', '..', '..', '..');

/** VS Code's own Markdown grammar (from the host under test) with the extension's injection. */
async function markdownGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const markdown = join(vscode.env.appRoot, 'extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');
  const injection = join(root, 'syntaxes/followup.injection.tmLanguage.json');
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns), createOnigString: (text) => new oniguruma.OnigString(text) }),
    loadGrammar: async (scopeName) => {
      const file = scopeName === 'text.html.markdown' ? markdown : scopeName === 'text.html.markdown.followup' ? injection : undefined;
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? ['text.html.markdown.followup'] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'no markdown grammar');
  return grammar;
}

/** The text of every token that carries `scope`, line by line. */
function tokensWith(grammar: IGrammar, text: string, scope: string): string[] {
  const found: string[] = [];
  let stack = INITIAL;
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) if (token.scopes.some((s) => s.startsWith(scope))) found.push(line.slice(token.startIndex, token.endIndex));
    stack = result.ruleStack;
  }
  return found;
}

describe('the placeholder grammar, on VS Code’s Markdown grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await markdownGrammar();
  });

  it('marks unfilled placeholders', () => {
    const text = 'Dear [Interviewer’s Name],\n\nThank you for the <Job Title> interview at {{company}}. TODO: add a detail.';
    assert.deepStrictEqual(tokensWith(grammar, text, 'invalid.illegal.placeholder'), ['[Interviewer’s Name]', '<Job Title>', '{{company}}', 'TODO']);
  });

  it('leaves links, reference links, link definitions, task boxes, HTML and code alone', () => {
    const text = [
      'See [my notes](https://example.com/notes) and [the case study][study].',
      '',
      '- [ ] send the deck',
      '- [x] thank Dana',
      '',
      'A <b>bold</b> word, <https://example.com>, and `[Company Name]` in code.',
      '',
      '```',
      '[Company Name] TODO',
      '```',
      '',
      '[study]: https://example.com/study',
    ].join('\n');
    assert.deepStrictEqual(tokensWith(grammar, text, 'invalid.illegal.placeholder'), []);
  });

  it('marks the Subject: line', () => {
    const text = 'Subject: Thank you: Data Analyst interview\n\nDear Dana,';
    assert.deepStrictEqual(tokensWith(grammar, text, 'keyword.other.subject'), ['Subject']);
    assert.deepStrictEqual(tokensWith(grammar, text, 'entity.name.section.subject'), ['Thank you: Data Analyst interview']);
  });
});
