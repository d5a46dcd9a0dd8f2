/**
 * Text as people compare it by eye: "O’Neill" and "O'Neill", "Zoë" and "Zoe", "St. Agnes" with a
 * non-breaking space, all the same. Lower case, accents dropped (ß as ss), curly apostrophes and
 * quotes straight, every kind of space and dash one ASCII character. Used wherever a name from the
 * front-matter is compared with the message.
 */
export function fold(text: string): string {
  // Plain ASCII text (most words and names) needs only lower case.
  if (/^[A-Za-z0-9 .,'&()-]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .toLowerCase();
}
