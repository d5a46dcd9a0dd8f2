import * as assert from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { DateTime } from 'luxon';
import { DraftIndex, lintDraft, parseDraft, RULE_IDS, summarize, resolveConfig } from '../../../src/core';
import { closeAllEditors, codeOf, diagnosticsWhen, openInEditor, ours, waitFor, workspaceUri } from '../helpers';

const timeZone = 'America/New_York';
const now = DateTime.fromISO('2026-11-21T09:00', { zone: timeZone });
const ETIQUETTE = RULE_IDS.filter((id) => !id.startsWith('frontmatter-'));

const faultyPath = (id: string) => (id === 'too-many-follow-ups' ? 'etiquette/faulty/too-many-follow-ups/4-final.md' : `etiquette/faulty/${id}.md`);

/** The core's findings for a fixture, with every draft of the workspace in the index, as the extension sees it. */
function expectedFindings(path: string) {
  const root = workspaceUri('').fsPath;
  const index = new DraftIndex();
  const files = readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
  for (const file of files) {
    const key = vscode.Uri.file(join(root, file)).toString();
    index.set(key, summarize(key, parseDraft(readFileSync(join(root, file), 'utf8'), { timeZone })));
  }
  const key = workspaceUri(path).toString();
  return lintDraft(parseDraft(readFileSync(workspaceUri(path).fsPath, 'utf8'), { timeZone }), { now, timeZone, config: resolveConfig({}), workspace: index, key });
}

async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

describe('etiquette rules in the editor', () => {
  before(async () => {
    // The first scan of the workspace fills the index that the cross-file rules read.
    const extension = vscode.extensions.getExtension('interview-followups.interview-followups')!;
    await extension.activate();
    await openInEditor('etiquette/clean/check-in.md');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await closeAllEditors();
  });
  afterEach(closeAllEditors);

  for (const id of ETIQUETTE) {
    it(`${id} fires on its faulty fixture, at the right range`, async () => {
      const path = faultyPath(id);
      const editor = await openInEditor(path);
      const diagnostics = await diagnosticsWhen(editor.document.uri, id, (d) => d.some((x) => codeOf(x) === id));
      const expected = expectedFindings(path).filter((f) => f.rule === id);
      const actual = diagnostics.filter((d) => codeOf(d) === id);
      assert.deepStrictEqual(
        actual.map((d) => [editor.document.offsetAt(d.range.start), editor.document.offsetAt(d.range.end)]),
        expected.map((f) => [f.span.start, f.span.end]),
      );
      const target = (actual[0].code as { target: vscode.Uri }).target;
      assert.ok(target.path.endsWith(`/docs/rules/${id}.md`), target.toString());
      assert.ok(existsSync(target.fsPath), `missing ${target.fsPath}`);
    });
  }

  it('stays silent on the clean draft of every message type', async () => {
    const clean = ['thank-you', 'letter', 'check-in', 'phone-call', 'voicemail', 'final'].map((type) => `etiquette/clean/${type}.md`);
    const documents = [];
    for (const path of clean) documents.push((await openInEditor(path)).document);
    // A faulty draft opened after them is checked after them: once it shows its finding, they have been checked.
    const marker = await openInEditor('etiquette/faulty/salary.md');
    await diagnosticsWhen(marker.document.uri, 'salary', (d) => d.some((x) => codeOf(x) === 'salary'));
    for (const document of documents) assert.deepStrictEqual(ours(document.uri).map((d) => `${codeOf(d)}: ${d.message}`), [], document.uri.path);
  });

  it('applies a quick fix, and undo restores the text', async () => {
    const editor = await openInEditor('etiquette/faulty/spelling.md');
    const before = editor.document.getText();
    const diagnostic = (await diagnosticsWhen(editor.document.uri, 'spelling', (d) => d.some((x) => codeOf(x) === 'spelling'))).find((x) => editor.document.getText(x.range) === 'recieve')!;
    const fix = (await codeActions(editor.document.uri, diagnostic.range)).find((action) => action.title === 'Replace with “receive”');
    assert.ok(fix?.edit, 'no fix offered');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const at = editor.document.offsetAt(diagnostic.range.start);
    assert.strictEqual(editor.document.getText(), `${before.slice(0, at)}receive${before.slice(at + 'recieve'.length)}`);
    await diagnosticsWhen(editor.document.uri, 'the misspelling to go', (d) => !d.some((x) => editor.document.getText(x.range) === 'recieve'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before);
  });

  it('offers to disable a rule for one line, which silences it', async () => {
    const editor = await openInEditor('etiquette/faulty/salary.md');
    const diagnostic = (await diagnosticsWhen(editor.document.uri, 'salary', (d) => d.some((x) => codeOf(x) === 'salary'))).find((x) => codeOf(x) === 'salary')!;
    const disable = (await codeActions(editor.document.uri, diagnostic.range)).find((action) => action.title === 'Disable salary for this line');
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.match(editor.document.lineAt(diagnostic.range.start.line).text, /<!-- followup-disable-next-line salary -->/);
    await diagnosticsWhen(editor.document.uri, 'salary to be silenced', (d) => !d.some((x) => codeOf(x) === 'salary'));
  });

  it('fixes every safe problem at once with Fix All', async () => {
    const editor = await openInEditor('etiquette/faulty/shouting.md');
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, 'shouting', (d) => d.filter((x) => codeOf(x) === 'shouting').length === 2);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.followup');
    const fixAll = actions?.find((action) => action.kind?.value === 'source.fixAll.followup');
    assert.ok(fixAll?.edit, 'no Fix All action');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    await diagnosticsWhen(uri, 'shouting to be fixed', (d) => !d.some((x) => codeOf(x) === 'shouting'));
    await vscode.commands.executeCommand('undo');
    await diagnosticsWhen(uri, 'shouting to return on undo', (d) => d.filter((x) => codeOf(x) === 'shouting').length === 2);
  });

  it('fills a placeholder from the front-matter', async () => {
    const editor = await openInEditor('etiquette/faulty/placeholder.md');
    const diagnostic = (await diagnosticsWhen(editor.document.uri, 'placeholder', (d) => d.some((x) => codeOf(x) === 'placeholder'))).find((x) => codeOf(x) === 'placeholder')!;
    assert.strictEqual(editor.document.getText(diagnostic.range), '[Company Name]');
    const fill = (await codeActions(editor.document.uri, diagnostic.range)).find((action) => action.isPreferred);
    assert.ok(fill?.edit, 'no preferred fix');
    assert.ok(await vscode.workspace.applyEdit(fill.edit));
    assert.strictEqual(editor.document.getText(diagnostic.range.with({ end: diagnostic.range.start.translate(0, 6) })), 'Globex');
  });

  it('re-checks open drafts when another draft appears or goes', async () => {
    const editor = await openInEditor('etiquette/faulty/salary.md');
    const uri = editor.document.uri;
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount - 3, 0), 'I also enjoyed meeting the Vandelay team.\n\n'));
    await diagnosticsWhen(uri, 'the edit to be checked', (d) => d.some((x) => codeOf(x) === 'salary'));
    assert.ok(!ours(uri).some((x) => codeOf(x) === 'wrong-company'));
    const other = workspaceUri('drafts/vandelay.md');
    await vscode.workspace.fs.writeFile(other, new TextEncoder().encode('---\ncompany: Vandelay\ninterviewer: Art Vandelay\ninterviewDate: 2026-11-19\n---\nDear Art,\n'));
    const flagged = await diagnosticsWhen(uri, 'wrong-company after the new draft', (d) => d.some((x) => codeOf(x) === 'wrong-company'));
    assert.strictEqual(editor.document.getText(flagged.find((x) => codeOf(x) === 'wrong-company')!.range), 'Vandelay');
    await vscode.workspace.fs.delete(other);
    await diagnosticsWhen(uri, 'wrong-company to go with the draft', (d) => !d.some((x) => codeOf(x) === 'wrong-company'));
  });

  it('says the active draft’s count in its one status bar item only when VS Code’s own count does not', async () => {
    type Status = { text: string; visible: boolean; activeDraft?: { findings: number } };
    const api = vscode.extensions.getExtension<{ statusBar(): Status }>('interview-followups.interview-followups')!.exports;
    const says = () => api.statusBar().visible && api.statusBar().text.includes('in this draft');
    /** Whether some other file has a problem VS Code's count includes, as the user sees it. */
    const othersHaveProblems = (uri: vscode.Uri) =>
      vscode.languages.getDiagnostics().some(([other, list]) => other.toString() !== uri.toString() && list.some((d) => d.severity !== vscode.DiagnosticSeverity.Hint));
    const editor = await openInEditor('etiquette/faulty/shouting.md');
    const uri = editor.document.uri;
    await waitFor('the draft to be checked', () => api.statusBar().activeDraft?.findings === 2);
    // Another linter's problem in another file: VS Code's count is no longer this draft's.
    const other = vscode.languages.createDiagnosticCollection('another-linter');
    try {
      other.set(workspaceUri('README.md'), [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), 'Another linter’s finding', vscode.DiagnosticSeverity.Warning)]);
      await waitFor('the draft’s own count', () => says() && /2 findings in this draft$/.test(api.statusBar().text));
      other.clear();
      await waitFor('the count to follow the other files', () => says() === othersHaveProblems(uri));
    } finally {
      other.dispose();
    }
    await openInEditor('etiquette/clean/letter.md');
    await waitFor('the clean draft', () => api.statusBar().activeDraft?.findings === 0);
    assert.ok(!says(), api.statusBar().text);
    await openInEditor('README.md');
    await waitFor('a file that is not a draft', () => api.statusBar().activeDraft === undefined);
    assert.ok(!says(), api.statusBar().text);
  });

  it('checks every draft of the workspace into the Problems panel', async () => {
    // A closed CRLF draft: its findings must land on the right characters too.
    const crlf = workspaceUri('drafts/crlf.md');
    const crlfText = '---\r\ncompany: Globex\r\nrole: Data Analyst\r\ninterviewer: Dana Whitfield\r\ninterviewDate: 2026-11-20T14:30\r\n---\r\nSubject: Thank you: Data Analyst interview\r\n\r\nDear Dana,\r\n\r\nThank you for the chat; I will recieve the brief and I look forward to the Data Analyst role at Globex, which I am keen on.\r\n\r\nBest regards,\r\nSam Lee\r\n';
    await vscode.workspace.fs.writeFile(crlf, new TextEncoder().encode(crlfText));
    const api = vscode.extensions.getExtension<{ answer(): void; prompts(): Array<{ kind: string; text: string }> }>('interview-followups.interview-followups')!.exports;
    api.answer();
    api.prompts();
    const checked = await vscode.commands.executeCommand<number>('followup.checkWorkspace');
    // The findings go to the Problems panel, with no notification to dismiss.
    assert.deepStrictEqual(api.prompts().filter((prompt) => prompt.kind === 'info' || prompt.kind === 'warning'), []);
    const misspelling = ours(crlf).find((d) => codeOf(d) === 'spelling');
    assert.ok(misspelling, 'no spelling finding in the CRLF draft');
    const line = crlfText.split('\r\n')[misspelling.range.start.line];
    assert.strictEqual(line.slice(misspelling.range.start.character, misspelling.range.end.character), 'recieve');
    await vscode.workspace.fs.delete(crlf);
    assert.ok(checked >= 35, `checked ${checked}`);
    const closed = workspaceUri('etiquette/faulty/demanding.md');
    assert.ok(ours(closed).some((d) => codeOf(d) === 'demanding'));
    assert.deepStrictEqual(ours(workspaceUri('README.md')), []);
  });
});

describe('configuration layers', () => {
  afterEach(closeAllEditors);

  it('editor settings change a rule’s level, and .followuprc.json overrides them, at once', async () => {
    const editor = await openInEditor('etiquette/faulty/salary.md');
    const uri = editor.document.uri;
    const salary = () => ours(uri).find((d) => codeOf(d) === 'salary');
    await diagnosticsWhen(uri, 'salary', () => salary()?.severity === vscode.DiagnosticSeverity.Warning);
    const settings = vscode.workspace.getConfiguration('followup');
    await settings.update('rules', { salary: 'error' }, vscode.ConfigurationTarget.Workspace);
    try {
      await diagnosticsWhen(uri, 'salary as an error', () => salary()?.severity === vscode.DiagnosticSeverity.Error);
      const project = workspaceUri('.followuprc.json');
      // JSON with comments and a trailing comma, as VS Code's own settings files allow.
      await vscode.workspace.fs.writeFile(project, new TextEncoder().encode('// Settings for this job hunt\n{\n  "rules": { "salary": "information", }, /* quieter */\n}\n'));
      try {
        await diagnosticsWhen(uri, 'salary as information', () => salary()?.severity === vscode.DiagnosticSeverity.Information);
      } finally {
        await vscode.workspace.fs.delete(project);
      }
      await diagnosticsWhen(uri, 'salary back to the editor setting', () => salary()?.severity === vscode.DiagnosticSeverity.Error);
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(uri, 'salary back to its default', () => salary()?.severity === vscode.DiagnosticSeverity.Warning);
  });

  it('"Disable in this workspace" writes .followuprc.json and silences the rule everywhere', async () => {
    const editor = await openInEditor('etiquette/faulty/demanding.md');
    const uri = editor.document.uri;
    const diagnostic = (await diagnosticsWhen(uri, 'demanding', (d) => d.some((x) => codeOf(x) === 'demanding'))).find((x) => codeOf(x) === 'demanding')!;
    const action = (await codeActions(uri, diagnostic.range)).find((a) => a.title === 'Disable demanding in this workspace');
    assert.ok(action?.command);
    const project = workspaceUri('.followuprc.json');
    try {
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      assert.deepStrictEqual(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(project))), { rules: { demanding: 'off' } });
      await diagnosticsWhen(uri, 'demanding to be off', (d) => !d.some((x) => codeOf(x) === 'demanding'));
    } finally {
      await vscode.workspace.fs.delete(project);
    }
  });

  it('opens .followuprc.json as JSON with comments, and points at the line where it stops being JSON', async () => {
    const project = workspaceUri('.followuprc.json');
    await vscode.workspace.fs.writeFile(project, new TextEncoder().encode('// Settings for this job hunt\n{\n  "rules": { "salary": "information" }\n  "maxFollowUps": 2\n}\n'));
    try {
      const document = await vscode.workspace.openTextDocument(project);
      assert.strictEqual(document.languageId, 'jsonc');
      const problem = await waitFor('the syntax problem', () => vscode.languages.getDiagnostics(project).find((d) => d.source === 'Interview Follow-ups'));
      assert.strictEqual(problem.message, 'This file is not valid JSON at line 4, column 3, so its settings are ignored; check for a missing comma, quote or bracket there.');
      assert.strictEqual(problem.range.start.line, 3);
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(project);
    }
  });

  it('reports a broken .followuprc.json on the file itself', async () => {
    const project = workspaceUri('.followuprc.json');
    await vscode.workspace.fs.writeFile(project, new TextEncoder().encode('{ "rules": { "salary": "loud" }, "maxFollowUps": "three" }\n'));
    try {
      const problems = await waitFor('the config problems', () => {
        const found = vscode.languages.getDiagnostics(project);
        return found.length === 2 ? found : undefined;
      });
      assert.match(problems[0].message, /"salary" should be "off", "information", "warning" or "error"/);
    } finally {
      await vscode.workspace.fs.delete(project);
    }
  });
});
