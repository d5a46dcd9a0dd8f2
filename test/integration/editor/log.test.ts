import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, diagnosticsWhen, waitFor, workspaceUri } from '../helpers';

// When a check fails (a fault of the extension, never of the draft), the other checks still
// report, the draft shows one finding that says so, the log gets the error with its stack, and
// only the first failure of a session shows a notification, which offers to open the log.

interface Api {
  answer(...answers: Array<string | null>): void;
  prompts(): Array<{ kind: string; text: string; choices: string[] }>;
  logLines(): readonly string[];
  breakRule(id: string | undefined): void;
}

const DRAFT = [
  '---',
  'company: Globex',
  'role: Data Analyst',
  'interviewer: Dana Whitfield',
  'interviewDate: 2026-11-20T14:30',
  '---',
  'Subject: Thank you: Data Analyst interview',
  '',
  'Dear Dana,',
  '',
  'Thank you for your time. What is the salary range? I am REALLY keen on the role.',
  '',
  'Best regards,',
  'Sam Lee',
  '',
].join('\n');

describe('the log, and a check that fails', () => {
  let api: Api;
  const first = () => workspaceUri('drafts/log-one.md');
  const second = () => workspaceUri('drafts/log-two.md');
  before(async () => {
    api = await vscode.extensions.getExtension<Api>('interview-followups.interview-followups')!.activate();
  });
  after(async () => {
    api.breakRule(undefined);
    await closeAllEditors();
    for (const uri of [first(), second()]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('reports a failed check as one finding beside the others, logs it, and notifies once per session', async () => {
    api.answer();
    api.prompts();
    api.breakRule('salary');
    await vscode.workspace.fs.writeFile(first(), new TextEncoder().encode(DRAFT));
    await vscode.window.showTextDocument(first());
    const diagnostics = await diagnosticsWhen(first(), 'the internal error beside the other findings', (d) => d.some((x) => codeOf(x) === 'internal-error'));
    const codes = diagnostics.map(codeOf);
    assert.ok(codes.includes('shouting'), `the other checks still report: ${codes.join(', ')}`);
    assert.ok(!codes.includes('salary'), 'the broken check reports nothing');
    const failure = diagnostics.find((d) => codeOf(d) === 'internal-error')!;
    assert.match(failure.message, /^The “salary” check failed on this draft, so what it looks for was not checked here; the other checks ran, and this is a fault in the extension, not in your draft\.$/);
    assert.equal(failure.severity, vscode.DiagnosticSeverity.Warning);

    const line = await waitFor('the log line', () => api.logLines().find((text) => text.includes('“salary”')));
    assert.match(line, /^Internal error while running the “salary” check on drafts\/log-one\.md: salary was broken on purpose by a test$/);
    const notices = await waitFor('the notification', () => {
      const said = api.prompts();
      return said.length > 0 ? said : undefined;
    });
    assert.deepEqual(notices, [
      {
        kind: 'warning',
        text: 'Interview Follow-ups ran into a fault of its own while running the “salary” check on drafts/log-one.md; your drafts are unchanged, and the other checks still run.',
        choices: ['Show Log'],
      },
    ]);

    // A second draft fails the same way: logged, but no second notification.
    await vscode.workspace.fs.writeFile(second(), new TextEncoder().encode(DRAFT));
    await vscode.window.showTextDocument(second());
    await diagnosticsWhen(second(), 'the second internal error', (d) => d.some((x) => codeOf(x) === 'internal-error'));
    await waitFor('the second log line', () => api.logLines().find((text) => text.includes('log-two.md')));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(api.prompts(), []);

    // Show Log opens the log; restoring the rule brings its finding back and clears the failure.
    await vscode.commands.executeCommand('followup.showLog');
    api.breakRule(undefined);
    await vscode.window.showTextDocument(first());
    await vscode.workspace.getConfiguration('followup', first()).update('diagnostics.delay', 0, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(first(), 'the salary finding back', (d) => d.some((x) => codeOf(x) === 'salary') && !d.some((x) => codeOf(x) === 'internal-error'));
    await vscode.workspace.getConfiguration('followup', first()).update('diagnostics.delay', undefined, vscode.ConfigurationTarget.Workspace);
  });
});
