import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, ours, waitFor } from '../helpers';

interface Api {
  statusBar(): { text: string; visible: boolean; activeDraft?: { findings: number } };
}

/** Values typed into each tab stop in order; null keeps the default (a choice, or the date). */
const SAMPLES: Record<string, Array<string | null>> = {
  'Follow-up thank-you email': ['Globex', 'Data Analyst', 'Dana Whitfield', '2026-11-20T14:30', null, 'hearing how your team rebuilt the churn dashboard', 'My work modelling subscription data fits what you need.', 'Sam Lee'],
  'Follow-up letter': ['Globex', 'Data Analyst', 'Dana Whitfield', '2026-11-20T14:30', null, 'Your question about retention cohorts stayed with me.', 'I have built cohort reports for three subscription products.', 'Sam Lee'],
  'Follow-up check-in email': ['Initech', 'Product Manager', 'Priya Nair', '2026-11-09T10:00', null, 'onboarding', 'a short case study on onboarding checklists: https://example.com/onboarding', 'Sam Lee'],
  'Follow-up phone call script': ['Initech', 'Product Manager', 'Priya Nair', '2026-11-09T10:00', 'Sam Lee', 'I have shipped two onboarding redesigns.', 'When do you expect to decide?'],
  'Follow-up voicemail script': ['Initech', 'Product Manager', 'Priya Nair', '2026-11-09T10:00', 'Sam Lee', '555 0100'],
  'Follow-up final note': ['Initech', 'Product Manager', 'Priya Nair', '2026-11-09T10:00', 'Sam Lee'],
};

describe('snippets', () => {
  let api: Api;
  before(async () => {
    api = await vscode.extensions.getExtension<Api>('interview-followups.interview-followups')!.activate();
  });
  afterEach(closeAllEditors);

  for (const [name, values] of Object.entries(SAMPLES)) {
    it(`"${name}", filled in plainly, gives a draft with no finding at all`, async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
      assert.match(document.getText(), /^---\ncompany: <Company>\n/);
      for (const value of values) {
        if (value !== null) await vscode.commands.executeCommand('type', { text: value });
        await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      }
      const text = document.getText();
      for (const value of values.slice(0, 4)) assert.ok(value && text.includes(value), `${value} was not typed into:\n${text}`);
      assert.doesNotMatch(text, /<Company>|<Job Title>|<Interviewer Name>|\[Your Name\]/);
      // The status bar speaks for the active draft once it has been checked at its current version.
      try {
        await waitFor('the draft to be checked clean', () => api.statusBar().activeDraft?.findings === 0);
      } catch {
        assert.fail(`findings in:\n${text}\n${ours(document.uri).map((d) => `${codeOf(d)}: ${d.message}`).join('\n')}`);
      }
      assert.deepStrictEqual(ours(document.uri), []);
    });
  }

  it('offers every message type once behind the "followup" prefix', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'followup' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 8));
    const snippets = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const prefix of ['followup-thank-you', 'followup-letter', 'followup-check-in', 'followup-phone-call', 'followup-voicemail', 'followup-final', 'followup-frontmatter']) {
      assert.strictEqual(snippets.filter((label) => label === prefix).length, 1, `${prefix} is not listed exactly once in ${snippets.join(', ')}`);
    }
    assert.strictEqual(snippets.filter((label) => label.startsWith('followup')).length, 7, snippets.join(', '));
  });
});
