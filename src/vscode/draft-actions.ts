import * as vscode from 'vscode';
import type { DateTime } from 'luxon';
import type { DueItem, EditResult, MessageType, Outcome } from '../core';
import { engine } from './engine';
import type { Settings } from './settings';
import { createDraftFile, freeName } from './new-draft';
import type { WorkspaceDrafts } from './workspace-drafts';

/**
 * Applies a front-matter edit to a draft as a WorkspaceEdit: it works on unsaved documents,
 * changes one value or inserts one line, and can be undone. Returns false (after telling the
 * user why) when the front-matter cannot be edited safely.
 */
export async function editDraft(uri: vscode.Uri, make: (text: string) => EditResult): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const result = make(document.getText());
  if (!result.ok) {
    void vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(uri)}: ${result.reason}`);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  const range = new vscode.Range(document.positionAt(result.edit.span.start), document.positionAt(result.edit.span.end));
  edit.replace(uri, range, result.edit.text);
  return vscode.workspace.applyEdit(edit);
}

/** The draft an action on an item (or the active editor) applies to. */
function targetOf(item: DueItem | vscode.Uri | undefined, drafts: WorkspaceDrafts, preferUncovering = false): vscode.Uri | undefined {
  if (item instanceof vscode.Uri) return item;
  if (item) {
    if (item.draft && !preferUncovering) return vscode.Uri.parse(item.draft);
    // A engine().snooze for an item without a draft goes on a draft that covers nothing else: a sent one.
    const sent = item.drafts.find((key) => drafts.index.get(key)?.sent);
    if (preferUncovering) return sent ? vscode.Uri.parse(sent) : item.draft ? vscode.Uri.parse(item.draft) : undefined;
    return vscode.Uri.parse(item.drafts[0]);
  }
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document.uri : undefined;
}

export const SNOOZE_CHOICES = ['tomorrow', '3 days', 'next week', 'pick a date'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number] | string;

/** Commands that change a draft's front-matter, and create new drafts. */
export class DraftActions {
  constructor(
    private readonly settings: Settings,
    private readonly drafts: WorkspaceDrafts,
    private readonly now: () => DateTime,
  ) {}

  private zoneFor(uri: vscode.Uri) {
    return this.settings.for(uri).timeZone;
  }

  async markAsSent(item?: DueItem | vscode.Uri): Promise<boolean> {
    const uri = targetOf(item, this.drafts);
    if (!uri || (item && !(item instanceof vscode.Uri) && !item.draft)) {
      void vscode.window.showInformationMessage('This item has no draft yet; create one first, then mark it as sent.');
      return false;
    }
    return editDraft(uri, (text) => engine().markAsSent(text, this.now().setZone(this.zoneFor(uri))));
  }

  /** Snoozes an item; `choice` skips the quick pick (tomorrow, 3 days, next week, or a YYYY-MM-DD date). */
  async snooze(item?: DueItem | vscode.Uri, choice?: SnoozeChoice): Promise<boolean> {
    const uri = targetOf(item, this.drafts, true);
    if (!uri) {
      void vscode.window.showInformationMessage('Create a draft for this item first; the engine().snooze is written into a draft.');
      return false;
    }
    const today = this.now().setZone(this.zoneFor(uri)).startOf('day');
    let picked = choice;
    if (!picked) {
      picked = (
        await vscode.window.showQuickPick(
          [
            { label: 'Tomorrow', value: 'tomorrow', description: today.plus({ days: 1 }).toFormat('ccc d LLL') },
            { label: 'In 3 days', value: '3 days', description: today.plus({ days: 3 }).toFormat('ccc d LLL') },
            { label: 'Next week', value: 'next week', description: today.plus({ days: 7 }).toFormat('ccc d LLL') },
            { label: 'Pick a date…', value: 'pick a date' },
          ],
          { title: 'Snooze until', placeHolder: 'The item comes back on the day after' },
        )
      )?.value;
    }
    if (!picked) return false;
    let until: DateTime | undefined = picked === 'tomorrow' ? today.plus({ days: 1 }) : picked === '3 days' ? today.plus({ days: 3 }) : picked === 'next week' ? today.plus({ days: 7 }) : undefined;
    if (!until) {
      const text =
        picked !== 'pick a date'
          ? picked
          : await vscode.window.showInputBox({
              title: 'Snooze until',
              prompt: 'A date, as YYYY-MM-DD',
              value: today.plus({ days: 1 }).toFormat('yyyy-MM-dd'),
              validateInput: (value) => (parseDay(value, today) ? undefined : 'Write a date such as 2026-12-01, today or later.'),
            });
      if (!text) return false;
      until = parseDay(text, today);
      if (!until) return false;
    }
    return editDraft(uri, (text) => engine().snooze(text, until));
  }

  async recordOutcome(item?: DueItem | vscode.Uri, outcome?: Outcome): Promise<boolean> {
    const uri = targetOf(item, this.drafts);
    if (!uri) return false;
    const descriptions: Record<Outcome, string> = {
      responded: 'They answered; the follow-ups stop here',
      offer: 'You received an offer',
      rejected: 'They turned you down',
      withdrawn: 'You withdrew your application',
    };
    const picked = outcome ?? (await vscode.window.showQuickPick(engine().OUTCOMES.map((value) => ({ label: value, description: descriptions[value] })), { title: 'Record the outcome of this application' }))?.label;
    if (!picked) return false;
    return editDraft(uri, (text) => engine().recordOutcome(text, picked as Outcome));
  }

  /** Creates the draft that covers an item (or the next follow-up of the active draft's application) and opens it. */
  async createDraft(item?: DueItem | vscode.Uri): Promise<vscode.Uri | undefined> {
    const source = item instanceof vscode.Uri || !item ? targetOf(item, this.drafts) : vscode.Uri.parse(item.drafts[0]);
    if (!source) {
      void vscode.window.showInformationMessage('Open a follow-up draft first, or pick an item in the Follow-ups view.');
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument(source);
    const timeZone = this.zoneFor(source);
    const draft = engine().parseDraft(document.getText(), { timeZone });
    const fields = draft.fields;
    if (!draft.isDraft || !fields.company || !draft.frontMatter?.readable) {
      void vscode.window.showWarningMessage('That file is not a readable follow-up draft, so a new draft cannot be made from it.');
      return undefined;
    }
    const summary = this.drafts.index.application(fields.company, fields.role, undefined);
    const sentFollowUps = summary.filter((d) => d.sent && d.type !== 'thank-you' && d.type !== 'letter').length;
    const dueItem = item instanceof vscode.Uri ? undefined : item;
    const type: MessageType = dueItem?.kind === 'thank-you' ? 'thank-you' : sentFollowUps + 1 >= this.settings.for(source).config.maxFollowUps ? 'final' : 'check-in';
    const interviewers = dueItem?.kind === 'thank-you' && dueItem.interviewer ? [dueItem.interviewer] : fields.interviewers;
    const interviewDate = fields.interviewDate?.raw ?? '';
    const folder = vscode.Uri.joinPath(source, '..');
    const today = this.now().setZone(timeZone);
    const name = engine().draftFileName({ company: fields.company, type, interviewer: interviewers.length === 1 ? interviewers[0] : undefined }, today);
    const target = await freeName(folder, name);
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const text = engine().draftTemplate({ type, company: fields.company, role: fields.role, interviewers, interviewDate, signature: this.settings.for(source).config.signature }, eol);
    return (await createDraftFile(target, text)) ? target : undefined;
  }
}

/** A YYYY-MM-DD day that exists and is not in the past, at the start of that day. */
function parseDay(text: string, today: DateTime): DateTime | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const result = today.set({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
  if (!result.isValid || result.month !== Number(match[2]) || result.day !== Number(match[3]) || result < today) return undefined;
  return result;
}
