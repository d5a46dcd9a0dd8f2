/** Every command id of the extension, in one place. */
export const Command = {
  checkWorkspace: 'followup.checkWorkspace',
  disableRuleInWorkspace: 'followup.disableRuleInWorkspace',
  addWord: 'followup.addWord',
  openItem: 'followup.openItem',
  markAsSent: 'followup.markAsSent',
  snooze: 'followup.snooze',
  unsnooze: 'followup.unsnooze',
  recordOutcome: 'followup.recordOutcome',
  createDraft: 'followup.createDraft',
  createNextFollowUp: 'followup.createNextFollowUp',
  groupByCompany: 'followup.groupByCompany',
  groupByDate: 'followup.groupByDate',
  filterByCompany: 'followup.filterByCompany',
  clearFilter: 'followup.clearFilter',
  exportCalendar: 'followup.exportCalendar',
  refreshDeadlines: 'followup.refreshDeadlines',
  revealDeadlines: 'followup.revealDeadlines',
  newDraft: 'followup.newDraft',
  copyMessage: 'followup.copyMessage',
  openInMail: 'followup.openInMail',
  showLog: 'followup.showLog',
} as const;

/** Context keys the menus read. */
export const ContextKey = {
  groupBy: 'followup.groupBy',
  filtered: 'followup.filtered',
} as const;

export const DEADLINES_VIEW = 'followup.deadlines';
