import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, workspaceUri } from '../helpers';

// IntelliSense in a draft's front-matter, read as VS Code's Suggest widget reads it: the keys
// not written yet, the allowed values, the workspace's companies and people (this draft's
// company first), and dates.

const DRAFT = ['---', 'company: Globex', 'ty', 'interviewer:', '  - ', 'interviewDate: 2026-11-20T14:30', 'sent: ', 'type: ', '---', 'Dear Dana,', ''].join('\n');

const OUR_KINDS = new Set([vscode.CompletionItemKind.Property, vscode.CompletionItemKind.EnumMember, vscode.CompletionItemKind.Value, vscode.CompletionItemKind.Constant]);

async function labelsAt(uri: vscode.Uri, line: number, character: number): Promise<Array<{ label: string; description?: string }>> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, character));
  return list.items
    // Ours only: not the snippets' or the words of the document.
    .filter((item) => OUR_KINDS.has(item.kind!) && typeof item.label === 'object' && item.sortText !== undefined)
    .sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1))
    .map((item) => {
      const label = item.label as vscode.CompletionItemLabel;
      return { label: label.label, description: label.description };
    });
}

describe('IntelliSense in the front-matter', () => {
  const uri = () => workspaceUri('drafts/completion.md');
  before(async () => {
    await vscode.extensions.getExtension('interview-followups.interview-followups')!.activate();
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(DRAFT));
    await vscode.window.showTextDocument(uri());
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(uri());
  });

  it('offers the keys not written yet, with what each holds', async () => {
    const items = await labelsAt(uri(), 2, 2);
    assert.deepStrictEqual(
      items.map((item) => item.label),
      ['role', 'decisionDate', 'outcome', 'subject', 'email', 'pace', 'snoozedUntil'],
    );
    assert.strictEqual(items[0].description, 'the job title');
  });

  it('offers the allowed values of type, and dates for sent', async () => {
    assert.deepStrictEqual((await labelsAt(uri(), 7, 6)).map((item) => item.label), ['thank-you', 'letter', 'check-in', 'phone-call', 'voicemail', 'final']);
    assert.deepStrictEqual(await labelsAt(uri(), 6, 6), [
      { label: '2026-11-21T09:00', description: 'now' },
      { label: '2026-11-21', description: 'today' },
      { label: '2026-11-20T14:30', description: 'the interview date' },
    ]);
  });

  it('offers the workspace’s interviewers, those of this draft’s company first, and its companies', async () => {
    // The workspace's drafts are read once after activation; wait until they are.
    let interviewers: Array<{ label: string; description?: string }> = [];
    for (let tries = 0; tries < 100 && interviewers.length < 2; tries++) {
      interviewers = await labelsAt(uri(), 4, 4);
      if (interviewers.length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(interviewers.length > 1, JSON.stringify(interviewers));
    assert.strictEqual(interviewers[0].description, 'at Globex');
    assert.ok(interviewers.some((item) => item.label === 'Dana Whitfield' && item.description === 'at Globex'), JSON.stringify(interviewers));
    const firstOther = interviewers.findIndex((item) => item.description !== 'at Globex');
    assert.ok(firstOther === -1 || interviewers.slice(firstOther).every((item) => item.description === 'in your drafts'), 'Globex first');
    const companies = await labelsAt(uri(), 1, 9);
    assert.strictEqual(companies[0].label, 'Globex');
    assert.ok(companies.length > 1, JSON.stringify(companies));
  });

  it('offers nothing in the message', async () => {
    assert.deepStrictEqual(await labelsAt(uri(), 9, 5), []);
  });

  it('explains a key on hover, and says when the thank-you is due from the interview date', async () => {
    const hovered = workspaceUri('drafts/hover.md');
    await vscode.workspace.fs.writeFile(hovered, new TextEncoder().encode('---\ncompany: Globex\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30\ntype: thank-you\n---\nDear Dana,\n'));
    try {
      await vscode.window.showTextDocument(hovered);
      const hover = async (line: number, character: number) => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', hovered, new vscode.Position(line, character));
        return hovers.flatMap((found) => found.contents.map((content) => (typeof content === 'string' ? content : (content as vscode.MarkdownString).value))).join('\n\n').replace(/\\/g, '');
      };
      assert.strictEqual(await hover(1, 2), 'company: which company the message is for.');
      assert.strictEqual(await hover(3, 18), 'interviewDate: when the interview took place.\n\nThis thank-you is due Sat 21 Nov 14:30, in 5 hours.');
      assert.strictEqual(await hover(6, 3), '');
    } finally {
      await vscode.workspace.fs.delete(hovered);
    }
  });
});
