/** Every command id of the extension, in one place. */
export const Command = {
  checkWorkspace: 'followup.checkWorkspace',
  disableRuleInWorkspace: 'followup.disableRuleInWorkspace',
} as const;
