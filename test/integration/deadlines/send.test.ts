import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, workspaceUri } from '../helpers';

const DRAFT = [
  '---',
  'company: Globex',
  'role: Data Analyst',
  'interviewer: Dana Whitfield',
  'interviewDate: 2026-11-20T14:30',
  'email: dana.whitfield@globex.example',
  '---',
  '<!-- remember the dashboard -->',
  'Subject: Thank you: Data Analyst interview',
  '',
  'Dear Dana,',
  '',
  'Thank you for the **churn dashboard** demo; I read [your post](https://example.com/post).',
  '',
  'Best regards,',
  'Sam Lee',
  '',
].join('\n');
const BODY = 'Dear Dana,\n\nThank you for the churn dashboard demo; I read your post (https://example.com/post).\n\nBest regards,\nSam Lee';

interface Api {
  answer(...answers: Array<string | null>): void;
  prompts(): Array<{ kind: string; text: string; choices: string[] }>;
}

describe('send helpers', () => {
  const uri = workspaceUri('globex/send-test.md');
  let api: Api;
  before(async () => {
    api = await vscode.extensions.getExtension<Api>('interview-followups.interview-followups')!.activate();
    // Questions are answered by the test from here on, and links are recorded rather than opened.
    api.answer();
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(DRAFT));
  });
  after(() => vscode.workspace.fs.delete(uri));
  afterEach(closeAllEditors);

  it('shows Copy · Open in mail · Mark as sent above the body of an unsent draft only', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
    assert.deepStrictEqual(lenses.map((lens) => lens.command?.title), ['$(copy) Copy', '$(mail) Open in mail', '$(check) Mark as sent']);
    assert.strictEqual(lenses[0].range.start.line, 7);
    const sentDocument = await vscode.workspace.openTextDocument(workspaceUri('globex/thank-you-dana.md'));
    const sent = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', sentDocument.uri, 10);
    assert.deepStrictEqual(sent, []);
  });

  it('copies the message as plain text, without front-matter, comments or subject', async () => {
    const copied = await vscode.commands.executeCommand<string>('followup.copyMessage', uri);
    assert.strictEqual(copied, BODY);
    assert.strictEqual(await vscode.env.clipboard.readText(), BODY);
  });

  it('builds an encoded mailto: link from the email key, subject and body', async () => {
    api.prompts();
    const link = await vscode.commands.executeCommand<string>('followup.openInMail', uri);
    assert.deepStrictEqual(api.prompts(), [{ kind: 'open', text: vscode.Uri.parse(link, true).toString(true), choices: [] }]);
    assert.strictEqual(
      link,
      `mailto:dana.whitfield@globex.example?subject=${encodeURIComponent('Thank you: Data Analyst interview')}&body=${encodeURIComponent(BODY.replace(/\n/g, '\r\n'))}`,
    );
  });

  it('copies instead when the message is too long for a link', async () => {
    const long = workspaceUri('globex/send-long.md');
    await vscode.workspace.fs.writeFile(long, new TextEncoder().encode(DRAFT.replace('Best regards,', `${'A long paragraph about the role. '.repeat(100)}\n\nBest regards,`)));
    try {
      assert.strictEqual(await vscode.commands.executeCommand('followup.openInMail', long), undefined);
      assert.match(await vscode.env.clipboard.readText(), /^Dear Dana,\n\nThank you/);
    } finally {
      await vscode.workspace.fs.delete(long);
    }
  });
});
