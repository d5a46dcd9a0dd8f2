import * as vscode from 'vscode';
import type { DateTime } from 'luxon';
import type { EditResult, MessageType, Outcome } from '../core';
import type { Subject } from './command-subject';
import type { Prompter } from './prompter';
import { afterColon } from '../core/wording';
import { engine } from './engine';
import type { Settings } from './settings';
import { createDraftFile, freeName } from './new-draft';
import type { WorkspaceDrafts } from './workspace-drafts';

/** True for a follow-up draft; otherwise tells the user that the file is not one. */
async function isDraftFile(prompter: Prompter, uri: vscode.Uri): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (engine().parseDraft(document.getText(), { timeZone: 'UTC', frontMatterOnly: true }).isDraft) return true;
  void prompter.info(`${vscode.workspace.asRelativePath(uri)} is not a follow-up draft: its front-matter names no company, interviewer or interview date.`);
  return false;
}

/**
 * Applies a front-matter edit to a draft as a WorkspaceEdit: it works on unsaved documents,
 * changes one value or inserts one line, and can be undone. Returns false (after telling the
 * user why) when the front-matter cannot be edited safely.
 */
export async function editDraft(prompter: Prompter, uri: vscode.Uri, make: (text: string) => EditResult): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (!(await isDraftFile(prompter, uri))) return false;
  const result = make(document.getText());
  if (!result.ok) {
    void prompter.warn(`${vscode.workspace.asRelativePath(uri)} was not changed: ${afterColon(result.reason)}`);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  const range = new vscode.Range(document.positionAt(result.edit.span.start), document.positionAt(result.edit.span.end));
  edit.replace(uri, range, result.edit.text);
  return vscode.workspace.applyEdit(edit);
}

/**
 * The draft an action applies to: the item's own draft, or for a snooze of an item that has no
 * draft, a sent draft of the application (which covers nothing else); a file as given.
 */
function draftOf(subject: Subject, drafts: WorkspaceDrafts, forSnooze = false): vscode.Uri | undefined {
  if (subject.kind === 'file') return subject.uri;
  if (subject.kind === 'none') return undefined;
  const { item } = subject;
  if (item.draft) return vscode.Uri.parse(item.draft);
  if (forSnooze) {
    const sent = item.drafts.find((key) => drafts.index.get(key)?.sent);
    return sent ? vscode.Uri.parse(sent) : undefined;
  }
  return item.drafts[0] ? vscode.Uri.parse(item.drafts[0]) : undefined;
}

const OPEN_A_DRAFT = 'Open a follow-up draft first, or pick an item in the Follow-ups view.';

/** Commands that change a draft's front-matter, and create new drafts. */
export class DraftActions {
  constructor(
    private readonly settings: Settings,
    private readonly drafts: WorkspaceDrafts,
    private readonly now: () => DateTime,
    private readonly prompter: Prompter,
  ) {}

  private zoneFor(uri: vscode.Uri) {
    return this.settings.for(uri).timeZone;
  }

  async markAsSent(subject: Subject): Promise<boolean> {
    if (subject.kind === 'item' && !subject.item.draft) {
      void this.prompter.info('This item has no draft yet. Create one first, then mark it as sent.');
      return false;
    }
    const uri = draftOf(subject, this.drafts);
    if (!uri) {
      void this.prompter.info(OPEN_A_DRAFT);
      return false;
    }
    return editDraft(this.prompter, uri, (text) => engine().markAsSent(text, this.now().setZone(this.zoneFor(uri))));
  }

  /** Snoozes an item (or the active draft's item) until a day the user picks. */
  async snooze(subject: Subject): Promise<boolean> {
    const uri = draftOf(subject, this.drafts, true);
    if (!uri) {
      void this.prompter.info(subject.kind === 'item' ? 'Create a draft for this item first: a snooze is saved in a draft.' : OPEN_A_DRAFT);
      return false;
    }
    if (!(await isDraftFile(this.prompter, uri))) return false;
    const today = this.now().setZone(this.zoneFor(uri)).startOf('day');
    const picked = (
      await this.prompter.pick(
        [
          { label: 'Tomorrow', value: 'tomorrow', description: today.plus({ days: 1 }).toFormat('ccc d LLL') },
          { label: 'In 3 days', value: '3 days', description: today.plus({ days: 3 }).toFormat('ccc d LLL') },
          { label: 'Next week', value: 'next week', description: today.plus({ days: 7 }).toFormat('ccc d LLL') },
          { label: 'Pick a date…', value: 'pick a date' },
        ],
        { title: 'Snooze until', placeHolder: 'The item comes back on the day after' },
      )
    )?.value;
    if (!picked) return false;
    const days: Record<string, number> = { tomorrow: 1, '3 days': 3, 'next week': 7 };
    let until: DateTime | undefined = days[picked] !== undefined ? today.plus({ days: days[picked] }) : undefined;
    if (!until) {
      const text = await this.prompter.input({
        title: 'Snooze until',
        prompt: 'A date, as YYYY-MM-DD',
        value: today.plus({ days: 1 }).toFormat('yyyy-MM-dd'),
        validate: (value) => (parseDay(value, today) ? undefined : 'Write a date such as 2026-12-01, today or later.'),
      });
      if (!text) return false;
      until = parseDay(text, today);
      if (!until) return false;
    }
    const day = until;
    return editDraft(this.prompter, uri, (text) => engine().snooze(text, day));
  }

  /**
   * Ends a snooze now: removes `snoozedUntil` from the item's draft, or for an item without one,
   * from the application's sent drafts that carry it (where Snooze put it).
   */
  async unsnooze(subject: Subject): Promise<boolean> {
    let targets: vscode.Uri[];
    if (subject.kind === 'item') {
      const { item } = subject;
      const keys = item.draft ? [item.draft] : item.drafts.filter((key) => this.drafts.index.get(key)?.sent && this.drafts.index.get(key)?.snoozedUntil);
      targets = keys.map((key) => vscode.Uri.parse(key));
    } else {
      const uri = draftOf(subject, this.drafts);
      if (!uri) {
        void this.prompter.info(OPEN_A_DRAFT);
        return false;
      }
      if (!(await isDraftFile(this.prompter, uri))) return false;
      targets = [uri];
    }
    let changed = false;
    for (const uri of targets) {
      const document = await vscode.workspace.openTextDocument(uri);
      if (!/^\s*snoozedUntil\s*:/m.test(document.getText())) continue;
      changed = (await editDraft(this.prompter, uri, (text) => engine().unsnooze(text))) || changed;
    }
    if (!changed && targets.length <= 1) void this.prompter.info('Nothing is snoozed in this draft.');
    return changed;
  }

  async recordOutcome(subject: Subject): Promise<boolean> {
    const uri = draftOf(subject, this.drafts);
    if (!uri) {
      void this.prompter.info(OPEN_A_DRAFT);
      return false;
    }
    if (!(await isDraftFile(this.prompter, uri))) return false;
    const descriptions: Record<Outcome, string> = {
      responded: 'They answered; the follow-ups stop here',
      offer: 'You received an offer',
      rejected: 'They turned you down',
      withdrawn: 'You withdrew your application',
    };
    const picked = await this.prompter.pick(
      engine().OUTCOMES.map((value) => ({ label: value, description: descriptions[value] })),
      { title: 'Record the outcome of this application' },
    );
    if (!picked) return false;
    return editDraft(this.prompter, uri, (text) => engine().recordOutcome(text, picked.label as Outcome));
  }

  /** Creates the next follow-up of the application an item or a draft belongs to. */
  createNextFollowUp(subject: Subject): Promise<vscode.Uri | undefined> {
    return this.createDraft(subject.kind === 'item' ? { kind: 'item', item: { ...subject.item, kind: 'check-in', draft: undefined } } : subject);
  }

  /** Creates the draft that covers an item (or the next follow-up of a draft's application) and opens it. */
  async createDraft(subject: Subject): Promise<vscode.Uri | undefined> {
    const source = subject.kind === 'item' ? (subject.item.drafts[0] ? vscode.Uri.parse(subject.item.drafts[0]) : undefined) : draftOf(subject, this.drafts);
    if (!source) {
      void this.prompter.info(OPEN_A_DRAFT);
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument(source);
    const timeZone = this.zoneFor(source);
    const draft = engine().parseDraft(document.getText(), { timeZone });
    const fields = draft.fields;
    if (!draft.isDraft || !fields.company || !draft.frontMatter?.readable) {
      void this.prompter.warn(`${vscode.workspace.asRelativePath(source)} is not a readable follow-up draft, so a new draft cannot be made from it.`);
      return undefined;
    }
    const config = this.settings.for(source).config;
    const dueItem = subject.kind === 'item' ? subject.item : undefined;
    // Follow-ups are counted since the latest interview, as the schedule counts them (§4.3).
    const schedule = engine().computeSchedule(this.drafts.viewFor(source).application(fields.company, fields.role, undefined), { now: this.now().setZone(timeZone), timeZone, config });
    const open = schedule.items.find((item) => item.kind !== 'thank-you') ?? schedule.snoozed.find((item) => item.kind !== 'thank-you');
    const attempt = dueItem?.kind === 'check-in' && dueItem.attempt ? dueItem.attempt : open?.attempt;
    const type: MessageType = dueItem?.kind === 'thank-you' ? 'thank-you' : (attempt ?? 1) >= config.maxFollowUps ? 'final' : 'check-in';
    // The interview the new draft follows: the item's own, else the application's latest.
    const interview = dueItem?.kind === 'thank-you' ? dueItem.interview : (open?.interview ?? dueItem?.interview);
    const interviewers = interview?.interviewers.length ? [...interview.interviewers] : fields.interviewers;
    const interviewDate = interview?.raw ?? fields.interviewDate?.raw ?? '';
    const folder = vscode.Uri.joinPath(source, '..');
    const today = this.now().setZone(timeZone);
    const name = engine().draftFileName({ company: fields.company, type, interviewer: interviewers.length === 1 ? interviewers[0] : undefined }, today);
    const target = await freeName(folder, name);
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const text = engine().draftTemplate({ type, company: fields.company, role: fields.role, interviewers, interviewDate, signature: config.signature }, eol);
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
