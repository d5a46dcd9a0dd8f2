import * as vscode from 'vscode';
import type { DateTime } from 'luxon';
import type { DraftSummary, MessageType } from '../core';
import { countOf } from '../core/wording';
import type { Subject } from './command-subject';
import type { Prompter } from './prompter';
import { engine } from './engine';
import type { Settings } from './settings';
import type { WorkspaceDrafts } from './workspace-drafts';

const TYPE_DESCRIPTIONS: Record<MessageType, string> = {
  'thank-you': 'Thank-you email to one interviewer, within 24 hours',
  letter: 'Thank-you or follow-up letter, typed or handwritten',
  'check-in': 'Status check-in after a week or two of silence',
  'phone-call': 'Script for a follow-up call',
  voicemail: 'Script for a 30-second voicemail',
  final: 'The last follow-up before moving on',
};

const ANOTHER = '$(add) Another company…';

/** The folder a new draft goes in: the one clicked in the Explorer (or the clicked file's), else the drafts folder setting. */
async function targetFolder(subject: Subject, workspaceFolder: vscode.WorkspaceFolder): Promise<vscode.Uri> {
  if (subject.kind === 'file' && !subject.fromEditor) {
    try {
      const stat = await vscode.workspace.fs.stat(subject.uri);
      return stat.type & vscode.FileType.Directory ? subject.uri : vscode.Uri.joinPath(subject.uri, '..');
    } catch {
      // A file that is gone: fall back to the drafts folder.
    }
  }
  const relative = vscode.workspace.getConfiguration('followup', workspaceFolder.uri).get<string>('draftsFolder', 'follow-ups');
  return relative
    .split(/[\\/]+/)
    .filter((part) => part && part !== '.' && part !== '..')
    .reduce((uri, part) => vscode.Uri.joinPath(uri, part), workspaceFolder.uri);
}

/**
 * The workspace folder a new draft goes in: the one of the clicked file or folder, else the one
 * of the active editor, else the only one; with several and no hint, the user picks. Undefined
 * when the user pressed Escape.
 */
export async function workspaceFolderFor(subject: Subject, folders: readonly vscode.WorkspaceFolder[], prompter: Prompter): Promise<vscode.WorkspaceFolder | undefined> {
  const hint = subject.kind === 'file' ? subject.uri : vscode.window.activeTextEditor?.document.uri;
  const own = hint && vscode.workspace.getWorkspaceFolder(hint);
  if (own) return own;
  if (folders.length === 1) return folders[0];
  const picked = await prompter.pick(
    folders.map((candidate) => ({ label: candidate.name, value: candidate.uri.toString(), description: candidate.uri.path })),
    { title: 'New draft: in which folder?' },
  );
  return picked && folders.find((candidate) => candidate.uri.toString() === picked.value);
}

/**
 * Follow-ups: New Draft… asks for the type, company, role, interviewer(s) and interview date,
 * then creates `<folder>/<date>-<company>-<type>[-<interviewer>].md` from the template (never
 * overwriting a file) and opens it at the first part to write. A thank-you to a panel is one
 * draft per person, each addressed to that person; the first is opened. Run from the Explorer,
 * the drafts go in the folder clicked. Escape at any step creates nothing. Returns the new files.
 */
export async function newDraft(settings: Settings, drafts: WorkspaceDrafts, now: () => DateTime, prompter: Prompter, subject: Subject): Promise<vscode.Uri[] | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void prompter.info('Open a folder first: drafts are files in your workspace.');
    return undefined;
  }
  const folder = await workspaceFolderFor(subject, folders, prompter);
  if (!folder) return undefined;
  const { timeZone, config } = settings.for(folder.uri);
  const type = (await prompter.pick(engine().MESSAGE_TYPES.map((value) => ({ label: value, description: TYPE_DESCRIPTIONS[value] })), { title: 'New draft: what kind of message?' }))?.label as MessageType | undefined;
  if (!type) return undefined;
  const thankYou = engine().THANK_YOU_TYPES.has(type);

  await drafts.ready;
  const known = [...new Set([...drafts.index.all()].map((draft) => draft.company).filter((name): name is string => Boolean(name)))].sort((a, b) => a.localeCompare(b));
  let company = known.length > 0 ? (await prompter.pick([...known.map((label) => ({ label })), { label: ANOTHER }], { title: 'Company' }))?.label : ANOTHER;
  if (!company) return undefined;
  if (company === ANOTHER) {
    company = (await prompter.input({ title: 'Company', prompt: 'The employer, as you would write it in the message', validate: (v) => (v.trim() ? undefined : 'Enter the company name.') }))?.trim();
    if (!company) return undefined;
  }
  const chosen = company;
  // Pre-filled from the company's latest interview: the round a new draft most likely follows.
  const ofCompany = [...drafts.index.all()].filter((draft) => draft.interviewDate && engine().normalizeName(draft.company) === engine().normalizeName(chosen));
  const latestOf = (list: DraftSummary[]) => list.reduce<DraftSummary | undefined>((best, draft) => (!best || draft.interviewDate!.value > best.interviewDate!.value ? draft : best), undefined);
  const role = (await prompter.input({ title: 'Role', value: latestOf(ofCompany)?.role, prompt: 'The job title, as in the job posting', validate: () => undefined }))?.trim();
  if (role === undefined) return undefined;
  const ofApplication = ofCompany.filter((draft) => engine().normalizeName(draft.role) === engine().normalizeName(role));
  const existing = latestOf(ofApplication.length > 0 ? ofApplication : ofCompany);
  const sameInterview = (ofApplication.length > 0 ? ofApplication : ofCompany).filter((draft) => existing && draft.interviewDate!.value.hasSame(existing.interviewDate!.value, 'day'));
  const people = [...new Map(sameInterview.flatMap((draft) => draft.interviewers).map((name) => [engine().normalizeName(name), name])).values()];
  const interviewerText = await prompter.input({
    title: 'Interviewer(s)',
    value: people.length > 0 ? people.join(', ') : undefined,
    prompt: thankYou ? 'Full names, separated by commas: each person gets a thank-you of their own' : 'Full names of the people this message goes to, separated by commas',
    validate: (v) => (v.split(',').some((name) => name.trim()) ? undefined : 'Enter at least one name.'),
  });
  if (interviewerText === undefined) return undefined;
  const interviewers = [...new Set(interviewerText.split(',').map((name) => name.trim()).filter(Boolean))];
  const interviewDate = (
    await prompter.input({
      title: 'Interview date',
      value: existing?.interviewDate?.raw ?? now().setZone(timeZone).toFormat("yyyy-MM-dd'T'HH:mm"),
      prompt: 'YYYY-MM-DD, or YYYY-MM-DDTHH:mm with the time',
      validate: (v) => (engine().readDate(v, timeZone).ok ? undefined : 'Write the date as 2026-11-20, or 2026-11-20T14:30.'),
    })
  )?.trim();
  if (!interviewDate) return undefined;

  const base = await targetFolder(subject, folder);
  const today = now().setZone(timeZone);
  // Thank every interviewer with a message of their own (DOMAIN.md §1); a check-in to a panel is one message.
  const recipients = thankYou ? interviewers.map((name) => [name]) : [interviewers];
  const created: vscode.Uri[] = [];
  for (const people of recipients) {
    const name = engine().draftFileName({ company, type, interviewer: people.length === 1 ? people[0] : undefined }, today);
    const target = await freeName(base, name);
    const text = engine().draftTemplate({ type, company, role: role || undefined, interviewers: people, interviewDate, signature: config.signature });
    if (!(await createDraftFile(target, text, created.length === 0))) break;
    created.push(target);
  }
  if (created.length === 0) return undefined;
  const editor = await vscode.window.showTextDocument(created[0]);
  const text = editor.document.getText();
  const bodyStart = text.indexOf('\n---\n') + 5;
  const first = /\[[^\]\n]+\]/.exec(text.slice(bodyStart));
  if (first) {
    const start = editor.document.positionAt(bodyStart + first.index);
    editor.selection = new vscode.Selection(start, editor.document.positionAt(bodyStart + first.index + first[0].length));
    editor.revealRange(editor.selection);
  }
  if (created.length > 1) void vscode.window.setStatusBarMessage(`$(new-file) Created ${countOf(created.length, 'thank-you')}, one for each interviewer`, 6000);
  return created;
}

/** Creates `target` holding `text` (one undoable edit) and saves it, then opens it unless `open` is false; false if the edit was refused. */
export async function createDraftFile(target: vscode.Uri, text: string, open = true): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { ignoreIfExists: false });
  edit.insert(target, new vscode.Position(0, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  const document = await vscode.workspace.openTextDocument(target);
  await document.save();
  if (open) await vscode.window.showTextDocument(document);
  return true;
}

/** A file name in the folder that does not exist yet: name.md, name-2.md, ... */
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
