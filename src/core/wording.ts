/**
 * "1 draft", "2 drafts": every count shown to a user goes through here, so that no message says
 * "1 errors". `plural` is given when adding an s is wrong ("1 reply", "2 replies").
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
