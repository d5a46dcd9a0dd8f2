import type { Span } from '../text';
import { fold } from './fold';
import type { Sentence, Token } from './tokens';

/**
 * How a message names its company and role, the way a reader recognises them: the full name,
 * a short form ("Brightline" for Brightline Logistics Group, "Roosevelt" for Roosevelt High
 * School, "St. Agnes"), a possessive ("Meridian's"), initials ("PSPA"), and for a role two of its
 * words in a row ("Cardiac Step-Down RN" for Registered Nurse – Cardiac Step-Down Unit) or the
 * initials of its words ("RN", "SRE"). All compared folded (curly apostrophes, accents, spaces).
 */

/** Words of organisation names that say what kind of body it is, not which one. */
const GENERIC_ORG = new Set(
  'the of and for at in on a an inc llc ltd plc llp lp co corp corporation company companies group holdings labs lab technologies technology tech systems solutions services service partners partnership associates international global digital consulting media studio studios health healthcare medical center centre hospital hospitals clinic school schools district university college institute foundation agency office department dept city county state network alliance bank trust ws community regional national public private new limited gmbh ag sa bv nv pty pvt de la le les des und der die das et y'.split(' '),
);
/** Words of job titles that do not tell one role from another on their own. */
const GENERIC_ROLE = new Set('the of and for at in on a an to with i ii iii iv v'.split(' '));

/** The folded words of a name, as the tokenizer would read them. */
export function nameWords(name: string | undefined): string[] {
  return fold(name ?? '')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
}

const same = (token: Token, word: string) => token.norm === word || (token.norm.includes('-') && token.norm.replace(/-/g, '') === word.replace(/-/g, ''));

/** Where the words `words` occur in a row in a sentence; tried only where the first word is. */
function sequences(sentence: Sentence, words: readonly string[], spans: Span[]): void {
  if (words.length === 0) return;
  for (let i = 0; i + words.length <= sentence.length; i++) {
    if (!same(sentence[i], words[0])) continue;
    let j = 1;
    while (j < words.length && same(sentence[i + j], words[j])) j++;
    if (j === words.length) spans.push({ start: sentence[i].start, end: sentence[i + words.length - 1].end });
  }
}

/** The most letters an abbreviation of a name has ("PSPA", "NHSBSA"): longer runs are not tried. */
const MAX_INITIALS = 8;

/**
 * The initials of runs of two to eight words ("registered nurse" -> "rn"), for names with that
 * many words; linear in the name's length.
 */
function initialsOf(words: readonly string[], generic: ReadonlySet<string>): Set<string> {
  const initials = new Set<string>();
  const significant = words.filter((word) => !generic.has(word) || words.length <= 2);
  for (const list of [words, significant]) {
    for (let from = 0; from < list.length; from++) {
      let run = list[from][0];
      for (let to = from + 1; to < list.length && to < from + MAX_INITIALS; to++) initials.add((run += list[to][0]));
    }
  }
  return initials;
}

/** Where a message names its company: in full, by a distinctive word written with a capital, or by initials. */
export function companyMentions(sentences: readonly Sentence[], company: string | undefined): Span[] {
  const words = nameWords(company);
  if (words.length === 0) return [];
  const distinctive = new Set(words.filter((word) => !GENERIC_ORG.has(word) && word.length >= 3));
  // A name made only of generic words ("The Health Center") is recognised in full only.
  const initials = words.length >= 3 ? initialsOf(words, GENERIC_ORG) : new Set<string>();
  const spans: Span[] = [];
  for (const sentence of sentences) {
    sequences(sentence, words, spans);
    for (const token of sentence) {
      if ((token.cap && distinctive.has(token.norm)) || (token.caps && token.norm.length >= 3 && initials.has(token.norm))) spans.push({ start: token.start, end: token.end });
    }
  }
  return spans;
}

/** Where a message names its role: in full, by two of its words in a row, by its one word, or by initials. */
export function roleMentions(sentences: readonly Sentence[], role: string | undefined): Span[] {
  const words = nameWords(role).filter((word) => !GENERIC_ROLE.has(word) && !/^\d/.test(word));
  if (words.length === 0) return [];
  const initials = words.length >= 2 ? initialsOf(words, GENERIC_ROLE) : new Set<string>();
  // Two of the role's words in a row, as "first second" keys.
  const pairs = new Set<string>();
  const firsts = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    pairs.add(`${words[i].replace(/-/g, '')} ${words[i + 1].replace(/-/g, '')}`);
    firsts.add(words[i].replace(/-/g, ''));
  }
  const bare = (token: Token) => (token.norm.includes('-') ? token.norm.replace(/-/g, '') : token.norm);
  // The post a title holds, named by itself: "the fellowship" for a Research Fellow, "the internship" for an Intern.
  const posts = new Set(words.filter((word) => /^(?:fellow|intern|apprentice|clerk|trainee|partner|scholar)$/.test(word)).map((word) => `${word}ship`));
  const spans: Span[] = [];
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i++) {
      const token = sentence[i];
      if (GENERIC_ROLE.has(token.norm)) continue;
      // The words of a title's small print do not separate its words: "Lecturer in Biochemistry".
      let next: Token | undefined;
      if (words.length > 1 && firsts.has(bare(token))) {
        let j = i + 1;
        while (j < sentence.length && GENERIC_ROLE.has(sentence[j].norm)) j++;
        next = sentence[j];
      }
      if (words.length === 1 ? same(token, words[0]) : next !== undefined && pairs.has(`${bare(token)} ${bare(next)}`)) {
        spans.push({ start: token.start, end: (next ?? token).end });
      } else if (posts.has(token.norm) || (token.caps && token.norm.length >= 2 && initials.has(token.norm))) {
        spans.push({ start: token.start, end: token.end });
      }
    }
  }
  return spans;
}

/** Where a message names a person: any of their names of two letters or more, with a capital. */
export function personMentions(sentences: readonly Sentence[], names: readonly string[]): Span[] {
  const words = new Set(names.flatMap(nameWords).filter((word) => word.length >= 2));
  const spans: Span[] = [];
  for (const sentence of sentences) for (const token of sentence) if (token.cap && words.has(token.norm)) spans.push({ start: token.start, end: token.end });
  return spans;
}

/** One way to write another company's name: its words, and the name as the workspace spells it. */
interface CompanyForm {
  readonly words: readonly string[];
  readonly name: string;
  /** The name is written with a capital, so the message must write it so too. */
  readonly capital: boolean;
}
const companyIndexes = new WeakMap<readonly string[], Map<string, CompanyForm[]>>();

/**
 * The workspace's companies by the first word of each way to write them: in full, without
 * trailing words such as "Group" or "Resources" ("Kaveri Cloud" for Kaveri Cloud Labs), and by
 * their first two words when the name has three or more ("Harcourt Ridge"). Built once per list.
 */
function companyIndex(companies: readonly string[]): Map<string, CompanyForm[]> {
  let index = companyIndexes.get(companies);
  if (index) return index;
  index = new Map();
  for (const name of companies) {
    const words = nameWords(name).slice(0, 12);
    if (words.length === 0 || words.join('').length < 2) continue;
    const forms = [words];
    let core = words.length;
    while (core > 1 && GENERIC_ORG.has(words[core - 1])) core--;
    if (core >= 2 && core < words.length) forms.push(words.slice(0, core));
    if (words.length >= 3 && !GENERIC_ORG.has(words[0]) && !GENERIC_ORG.has(words[1])) forms.push(words.slice(0, 2));
    for (const form of forms) {
      const list = index.get(form[0]);
      const entry = { words: form, name, capital: /^\P{Ll}/u.test(name.trim()) };
      if (list) list.push(entry);
      else index.set(form[0], [entry]);
    }
  }
  companyIndexes.set(companies, index);
  return index;
}

/**
 * Where a message names another company of the workspace, as written with a capital (so that
 * "harbor" the word is not Harbor the company), longest form first. The cost depends on the
 * message's length, not on how long the names are.
 */
export function otherCompanyMentions(sentences: readonly Sentence[], companies: readonly string[], own: string): Array<Span & { name: string }> {
  const index = companyIndex(companies);
  const ownWords = new Set(nameWords(own));
  const ownFull = nameWords(own).join(' ');
  const found: Array<Span & { name: string }> = [];
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i++) {
      const token = sentence[i];
      const forms = index.get(token.norm);
      if (!forms) continue;
      let best: (CompanyForm & { end: number }) | undefined;
      for (const form of forms) {
        if ((form.capital && !token.cap) || i + form.words.length > sentence.length || (best && form.words.length <= best.words.length)) continue;
        let j = 1;
        while (j < form.words.length && same(sentence[i + j], form.words[j])) j++;
        if (j === form.words.length) best = { ...form, end: sentence[i + j - 1].end };
      }
      if (!best) continue;
      // The draft's own company, or a part of its name ("Globex" in a note to Globex Analytics), is no mistake.
      if (nameWords(best.name).join(' ') === ownFull || best.words.every((word) => ownWords.has(word))) continue;
      found.push({ start: token.start, end: best.end, name: best.name });
      i += best.words.length - 1;
    }
  }
  return found;
}
