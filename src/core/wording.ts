/**
 * "1 draft", "2 drafts": every count shown to a user goes through here, so that no message says
 * "1 errors". `plural` is given when adding an s is wrong ("1 reply", "2 replies").
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * A sentence of the engine's ("The calendar cannot hold ...") continued after a colon in a
 * message of the editor's ("Nothing was exported: the calendar cannot hold ..."), so that the
 * two read as one sentence. A first word in capitals ("YAML", "I") or a quotation keeps its case.
 */
export function afterColon(sentence: string): string {
  return /^[A-Z][a-z]/.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
}
