import * as vscode from 'vscode';
import type { DateTime } from 'luxon';
import type { MessageType } from '../core';
import { engine } from './engine';
import type { Settings } from './settings';
import type { WorkspaceDrafts } from './workspace-drafts';

/**
 * How New Draft asks its questions: VS Code's quick picks and input boxes, or a script of
 * answers (for tests), where null stands for pressing Escape.
 */
interface Prompter {
  pick(title: string, items: vscode.QuickPickItem[]): Promise<string | undefined>;
  input(title: string, options: { value?: string; prompt: string; validate: (value: string) => string | undefined }): Promise<string | undefined>;
}

const uiPrompter: Prompter = {
  pick: async (title, items) => (await vscode.window.showQuickPick(items, { title, ignoreFocusOut: true }))?.label,
  input: (title, options) => Promise.resolve(vscode.window.showInputBox({ title, value: options.value, prompt: options.prompt, validateInput: options.validate, ignoreFocusOut: true })),
};

function scriptedPrompter(answers: Array<string | null>): Prompter {
  const next = () => {
    const answer = answers.shift();
    return Promise.resolve(answer === null || answer === undefined ? undefined : answer);
  };
  return {
    pick: next,
    input: async (_title, options) => {
      const answer = await next();
      if (answer !== undefined && options.validate(answer)) throw new Error(`scripted answer '${answer}' is invalid: ${options.validate(answer)}`);
      return answer;
    },
  };
}

const TYPE_DESCRIPTIONS: Record<MessageType, string> = {
  'thank-you': 'Thank-you email to one interviewer, within 24 hours',
  letter: 'Thank-you or follow-up letter, typed or handwritten',
  'check-in': 'Status check-in after a week or two of silence',
  'phone-call': 'Script for a follow-up call',
  voicemail: 'Script for a 30-second voicemail',
  final: 'The last follow-up before moving on',
};

const ANOTHER = '$(add) Another company…';

/**
 * Follow-ups: New Draft… asks for the type, company, role, interviewer(s) and interview date,
 * then creates `<folder>/<date>-<company>-<type>[-<interviewer>].md` from the template (never
 * overwriting a file) and opens it at the first part to write. Escape at any step creates
 * nothing. Returns the new file, or undefined when cancelled.
 */
export async function newDraft(settings: Settings, drafts: WorkspaceDrafts, now: () => DateTime, script?: { answers: Array<string | null> }): Promise<vscode.Uri | undefined> {
  const prompter = script ? scriptedPrompter([...script.answers]) : uiPrompter;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage('Open a folder first: drafts are files in your workspace.');
    return undefined;
  }
  const { timeZone, config } = settings.for(folder.uri);
  const type = (await prompter.pick('New draft: what kind of message?', engine().MESSAGE_TYPES.map((value) => ({ label: value, description: TYPE_DESCRIPTIONS[value] })))) as MessageType | undefined;
  if (!type) return undefined;

  await drafts.ready;
  const known = [...new Set([...drafts.index.all()].map((draft) => draft.company).filter((name): name is string => Boolean(name)))].sort((a, b) => a.localeCompare(b));
  let company = known.length > 0 ? await prompter.pick('Company', [...known.map((label) => ({ label })), { label: ANOTHER }]) : ANOTHER;
  if (!company) return undefined;
  if (company === ANOTHER) {
    company = (await prompter.input('Company', { prompt: 'The employer, as you would write it in the message', validate: (v) => (v.trim() ? undefined : 'Enter the company name.') }))?.trim();
    if (!company) return undefined;
  }
  const existing = [...drafts.index.all()].find((draft) => draft.company?.toLowerCase() === company!.toLowerCase());
  const role = (await prompter.input('Role', { value: existing?.role, prompt: 'The job title, as in the job posting', validate: () => undefined }))?.trim();
  if (role === undefined) return undefined;
  const interviewerText = await prompter.input('Interviewer(s)', {
    value: existing?.interviewers.join(', '),
    prompt: 'Full name; separate a panel with commas (each person gets their own thank-you)',
    validate: (v) => (v.split(',').some((name) => name.trim()) ? undefined : 'Enter at least one name.'),
  });
  if (interviewerText === undefined) return undefined;
  const interviewers = interviewerText.split(',').map((name) => name.trim()).filter(Boolean);
  const interviewDate = (
    await prompter.input('Interview date', {
      value: existing?.interviewDate?.raw ?? now().setZone(timeZone).toFormat("yyyy-MM-dd'T'HH:mm"),
      prompt: 'YYYY-MM-DD, or YYYY-MM-DDTHH:mm with the time',
      validate: (v) => (engine().readDate(v, timeZone).ok ? undefined : 'Write the date as 2026-11-20, or 2026-11-20T14:30.'),
    })
  )?.trim();
  if (!interviewDate) return undefined;

  const relative = vscode.workspace.getConfiguration('followup', folder.uri).get<string>('draftsFolder', 'follow-ups');
  const base = relative
    .split(/[\\/]+/)
    .filter((part) => part && part !== '.' && part !== '..')
    .reduce((uri, part) => vscode.Uri.joinPath(uri, part), folder.uri);
  const name = engine().draftFileName({ company, type, interviewer: interviewers.length === 1 ? interviewers[0] : undefined }, now().setZone(timeZone));
  const target = await freeName(base, name);
  const text = engine().draftTemplate({ type, company, role: role || undefined, interviewers, interviewDate, signature: config.signature });
  const editor = await createDraftFile(target, text);
  if (!editor) return undefined;
  const bodyStart = text.indexOf('\n---\n') + 5;
  const first = /\[[^\]\n]+\]/.exec(text.slice(bodyStart));
  if (first) {
    const start = editor.document.positionAt(bodyStart + first.index);
    editor.selection = new vscode.Selection(start, editor.document.positionAt(bodyStart + first.index + first[0].length));
    editor.revealRange(editor.selection);
  }
  return target;
}

/** A file name in the folder that does not exist yet: name.md, name-2.md, ... */
/** Creates `target` holding `text` (one undoable edit), saves it and opens it; undefined if the edit was refused. */
export async function createDraftFile(target: vscode.Uri, text: string): Promise<vscode.TextEditor | undefined> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { ignoreIfExists: false });
  edit.insert(target, new vscode.Position(0, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  const document = await vscode.workspace.openTextDocument(target);
  await document.save();
  return vscode.window.showTextDocument(document);
}

export async function freeName(folder: vscode.Uri, name: string): Promise<vscode.Uri> {
  const base = name.replace(/\.md$/, '');
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, n === 1 ? name : `${base}-${n}.md`);
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}
