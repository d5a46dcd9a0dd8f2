import type { RuleFinding } from '../finding';
import type { Dictionary } from '../language/dictionary';
import type { Prose, Word } from '../prose';
import { fold } from '../language/fold';
import type { Rule, RuleContext } from './rule';
import { MISSPELLINGS } from './misspellings';
import { MAX_FINDINGS_PER_RULE, matchCase, replaceWith } from './shared';

/** The most unknown words one check looks up suggestions for. */
const MAX_SUGGESTED_WORDS = 300;
/** Longer than any English word: a code, a hash or a paste, never looked up for suggestions. */
const MAX_WORD_LENGTH = 40;
const DOUBLES_ALLOWED = new Set(['had', 'that', 'is', 'no', 'bye', 'very']);

/** Every word of the names this draft and the workspace know: they are never misspellings. */
function namesOf(context: RuleContext): Set<string> {
  const { fields } = context.draft;
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    for (const part of fold(name ?? '').split(/[^\p{L}\p{N}'-]+/u)) if (part) names.add(part);
  };
  [fields.company, fields.role, ...fields.interviewers, context.config.signature, context.draft.message.signOff?.name?.text].forEach(add);
  context.workspace.companies().forEach(add);
  return names;
}

/**
 * The words of the message that the dictionary does not know, in order: most words are in it, and
 * it remembers, line by line, the words it did not know.
 */
export function unknownWords(prose: Prose, dictionary: Dictionary): Word[] {
  const words = prose.words();
  const body = prose.body;
  const unknown: Word[] = [];
  for (let first = 0; first < words.length; ) {
    // The line holding the word `first`, and the words on it (a word never spans lines).
    const at = words[first].start - prose.start;
    const lineStart = body.lastIndexOf('\n', at) + 1;
    let lineEnd = body.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = body.length;
    let end = first + 1;
    while (end < words.length && words[end].start - prose.start < lineEnd) end++;
    for (const place of dictionary.unknownIn(body.slice(lineStart, lineEnd), words, first, end)) unknown.push(words[first + place]);
    first = end;
  }
  return unknown;
}

/** True when the word starts a sentence or a line, where any word is capitalized (not after "N." or "Dr."). */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“' || text[i] === '(')) i--;
  if (i < 0 || text[i] === '\n' || text[i] === '!' || text[i] === '?' || text[i] === ':') return true;
  // A full stop ends a sentence after a lower-case word of three letters or more, not after an initial or "Dr".
  return text[i] === '.' && /\p{Ll}{3}$/u.test(text.slice(Math.max(0, i - 3), i));
}

/** True on a short line that ends with a comma, such as a closing ("Thanks and Regrads,"). */
function onClosingLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end === -1 ? text.length : end).trim();
  return line.endsWith(',') && line.split(/\s+/).length <= 4;
}

const PREFIXES = ['de', 're', 'pre', 'co', 'un', 'non', 'sub', 'multi', 'micro', 'cross', 'over', 'under', 'self', 'inter', 'post', 'anti', 'hyper'];
const PARTICLES = new Set(['up', 'ups', 'in', 'ins', 'out', 'outs', 'on', 'ons', 'off', 'offs', 'over', 'back', 'backs', 'down']);

/**
 * True for a word built the way people build jargon from words the dictionary has: two words run
 * together ("cashroom"), a word and a particle ("signups", "handoffs"), a prefix and a word
 * ("dedupe", "replatform"). A typo is rarely two real words.
 */
function isCompound(word: string, has: (part: string) => boolean): boolean {
  for (let i = 4; i <= word.length - 2; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (!has(head)) continue;
    if (PARTICLES.has(tail) || (tail.length >= 4 && has(tail))) return true;
  }
  return PREFIXES.some((prefix) => word.startsWith(prefix) && word.length - prefix.length >= 4 && has(word.slice(prefix.length)));
}

/**
 * Typos in a follow-up suggest carelessness (DOMAIN.md §1, §5). With the dictionary: any word it
 * does not know and that is one edit from a word it does (or that is a known misspelling).
 * Never a name from the front-matter or the workspace, the user's words, an acronym, a code, a
 * number, a brand written in mixed case, or a capitalized word in the middle of a sentence (a
 * product, a place, a surname), which the name rules judge.
 */
export const spelling: Rule = {
  id: 'spelling',
  defaultSeverity: 'warning',
  description: 'A misspelled word, found with an English dictionary, or a doubled word.',
  check: (context) => {
    const { draft, prose, config } = context;
    const dictionary = context.dictionary?.useDialect(config.dialect);
    const findings: RuleFinding[] = [];
    let names: Set<string> | undefined;
    let counts: Map<string, number> | undefined;
    // Suggestions cost a few hundred lookups each: a pasted wall of unknown words stops here.
    let lookups = MAX_SUGGESTED_WORDS;
    for (const word of dictionary ? unknownWords(prose, dictionary) : prose.words()) {
      if (findings.length >= MAX_FINDINGS_PER_RULE) break;
      const written = word.text;
      const lower = written.toLowerCase().replace(/’/g, "'");
      if (config.spellingWords.has(lower)) continue;
      const known = MISSPELLINGS.get(lower);
      if (!dictionary) {
        if (known) findings.push({ span: word, message: `“${written}” is misspelled; write “${matchCase(written, known)}”.`, fixes: [replaceWith(word, matchCase(written, known))] });
        continue;
      }
      // Numbers, codes and acronyms (3rd, K8s, SQL), brands in mixed case (iPhone, PostGIS), short words.
      if (written.length < 3 || written.length > MAX_WORD_LENGTH || /\d/.test(written) || /\p{Lu}.*\p{Lu}/u.test(written) || /^\p{Ll}+\p{Lu}/u.test(written) || /'.*'/.test(written)) continue;
      if (config.dialect !== 'both' && dictionary.hasInEither(written)) {
        // Right in the other English: "colour" for a writer who chose American spelling.
        const local = dictionary.suggest(written, 1)[0];
        if (local) {
          const other = config.dialect === 'american' ? 'British' : 'American';
          const mine = config.dialect === 'american' ? 'American' : 'British';
          findings.push({ span: word, message: `“${written}” is the ${other} spelling; in ${mine} English write “${local}”.`, fixes: [replaceWith(word, local, false)] });
        }
        continue;
      }
      names ??= namesOf(context);
      const folded = fold(written).replace(/'s$|'$/, '');
      if (names.has(folded) || config.spellingWords.has(folded) || prose.onName(word)) continue;
      const capitalized = /^\p{Lu}/u.test(written);
      // A capitalized word the dictionary does not know is a name, unless it opens a sentence or a
      // line (a sign-off such as "Regrads,") and is plainly a typo of a word.
      if (capitalized && !startsSentence(draft.text, word.start) && !onClosingLine(draft.text, word.start)) continue;
      if (!known && (written.length < 5 || /[^\p{L}'’-]|[^a-z'’-]/u.test(lower))) continue; // "dbt", "lmk", "comité": an abbreviation, a tool or another language
      if (!known && lookups-- <= 0) continue;
      const scored = known ? [{ word: known, cost: 0 }] : dictionary.suggestWithCost(lower, 3);
      if (!known && scored.length > 0) {
        const [best, next] = scored;
        // "transcriptomic" beside "transcriptomics" is the same word's other form; two equally
        // likely words for an unknown one ("chamas": "chams", "chacmas") mean it is no typo.
        if (best.word === `${lower}s` || lower === `${best.word}s` || (best.cost >= 4 && next?.cost === best.cost)) continue;
      }
      let suggestions = scored.map((s) => s.word.toLowerCase());
      // Two letters swapped is a typo ("regrads"); otherwise a word written twice, or built from
      // words the dictionary has, is meant.
      if (!known && !(suggestions.length > 0 && isTransposition(lower, suggestions[0]))) {
        if (isCompound(lower, (part) => dictionary.has(part))) continue;
        if (!counts) {
          counts = new Map();
          for (const other of prose.words()) {
            const key = other.text.toLowerCase();
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
        }
        if ((counts.get(lower) ?? 0) > 1) continue;
      }
      if (capitalized && !known) suggestions = suggestions.filter((s) => isTransposition(lower, s));
      if (suggestions.length === 0) continue;
      const fixed = suggestions.map((s) => matchCase(written, s));
      const message =
        fixed.length === 1
          ? `“${written}” is misspelled; write “${fixed[0]}”.`
          : `“${written}” looks misspelled; did you mean “${fixed[0]}” or “${fixed[1]}”?`;
      findings.push({ span: word, message, fixes: fixed.map((s, i) => replaceWith(word, s, Boolean(known) && i === 0)) });
    }
    // Doubled on one line only: a name that closes one line and opens the next (a signature) is not a typo.
    const words = prose.words();
    for (let i = 0; i + 1 < words.length; i++) {
      const [first, second] = [words[i], words[i + 1]];
      if (first.text.length !== second.text.length || first.text.toLowerCase() !== second.text.toLowerCase() || /^\d/.test(first.text) || DOUBLES_ALLOWED.has(first.text.toLowerCase())) continue;
      if (!/^[ \t]+$/.test(draft.text.slice(first.end, second.start))) continue;
      const span = { start: first.start, end: second.end };
      findings.push({
        span,
        message: `“${first.text}” appears twice in a row; delete one.`,
        fixes: [{ title: `Delete the second “${first.text}”`, edits: [{ span: { start: first.end, end: second.end }, text: '' }], safe: true }],
      });
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};

/** True when two words differ by two neighbouring letters swapped ("Regrads", "Thier"). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}
