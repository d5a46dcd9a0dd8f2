import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, exists, waitFor, workspaceUri } from '../helpers';

const WAYNE = ['thank-you', '$(add) Another company…', 'Wayne Enterprises', 'Security Analyst', 'Lucius Fox', '2026-11-20T16:00'];

interface Api {
  answer(...answers: Array<string | null>): void;
}

/** Runs New Draft from the palette with these answers to its questions; returns the files it created. */
async function newDraft(answers: ReadonlyArray<string | null>, argument?: unknown): Promise<vscode.Uri[] | undefined> {
  vscode.extensions.getExtension<Api>('interview-followups.interview-followups')!.exports.answer(...answers);
  return vscode.commands.executeCommand<vscode.Uri[] | undefined>('followup.newDraft', ...(argument === undefined ? [] : [argument]));
}

describe('Follow-ups: New Draft…', () => {
  afterEach(async () => {
    await closeAllEditors();
    const folder = workspaceUri('follow-ups');
    if (await exists(folder)) await vscode.workspace.fs.delete(folder, { recursive: true });
    // Deleting the folder must take its drafts out of the view, too.
    const api = vscode.extensions.getExtension<{ dueItems(): Array<{ drafts: string[] }> }>('interview-followups.interview-followups')!.exports;
    await waitFor('the deleted drafts to leave the view', () => !api.dueItems().some((item) => item.drafts.some((key) => key.includes('/follow-ups/'))));
  });

  it('asks its questions, creates the draft from the template and opens it at the first part to write', async () => {
    const [uri] = (await newDraft(WAYNE)) ?? [];
    assert.ok(uri);
    assert.ok(uri.path.endsWith('/follow-ups/2026-11-21-wayne-enterprises-thank-you-lucius-fox.md'), uri.path);
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), uri.toString());
    assert.match(editor.document.getText(), /^---\ncompany: Wayne Enterprises\nrole: Security Analyst\ninterviewer: Lucius Fox\ninterviewDate: 2026-11-20T16:00\ntype: thank-you\n---\nSubject: Thank you: Security Analyst interview\n\nDear Lucius,\n/);
    assert.strictEqual(editor.document.getText(editor.selection), '[a detail from your conversation]');
    const api = vscode.extensions.getExtension<{ deadlines(): { tree: Array<{ children: Array<{ label: string; title?: string; contextValue?: string }> }> } }>('interview-followups.interview-followups')!.exports;
    await waitFor('the new draft in the view', () =>
      api.deadlines().tree.some((group) => group.children.some((child) => child.title === 'Thank-you to Lucius Fox · Wayne Enterprises (Security Analyst)' && child.contextValue?.endsWith('withDraft'))),
    );
  });

  it('never overwrites a file: the same answers give a second name', async () => {
    const [first] = (await newDraft(WAYNE)) ?? [];
    const [second] = (await newDraft(WAYNE)) ?? [];
    assert.ok(first && second);
    assert.ok(second.path.endsWith('lucius-fox-2.md'), second.path);
  });

  it('offers the companies already in the workspace, and keeps a file name inside the folder', async () => {
    const [existing] = (await newDraft(['check-in', 'Globex', 'Data Analyst', 'Dana Whitfield, Omar Haddad', '2026-11-20T14:30'])) ?? [];
    assert.ok(existing?.path.endsWith('/follow-ups/2026-11-21-globex-check-in.md'), existing?.path);
    const [odd] = (await newDraft(['final', '$(add) Another company…', '../../Evil Corp', '', 'E', '2026-11-20'])) ?? [];
    assert.ok(odd?.path.endsWith('/follow-ups/2026-11-21-evil-corp-final-e.md'), odd?.path);
  });

  it('creates nothing when Escape is pressed at any step', async () => {
    for (let step = 0; step < WAYNE.length; step++) {
      const answers = [...WAYNE.slice(0, step), null];
      assert.strictEqual(await newDraft(answers), undefined, `step ${step}`);
    }
    assert.strictEqual(await exists(workspaceUri('follow-ups')), false);
  });
});
