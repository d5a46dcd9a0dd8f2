import type { Span } from '../text';
import type { Sentence, Token } from './tokens';

/**
 * Phrase families: one pattern stands for the many ways people word the same thing, by
 * matching words rather than characters. A pattern is a list of slots separated by spaces:
 *
 * - `word`: the word, folded ("haven't" is read as "have" + "not", "I'm" as "i" + "am");
 * - `a|b|c`: any of them; `word*` any word starting so;
 * - `@verb`: every form of the verb (`@hear`: hear, hears, heard, hearing);
 * - `{class}`: a word class defined below ({neg}, {reply}, {time}, ...), or {number} (any
 *   word starting with a digit) or {ordinal} ("11th");
 * - `~N`: up to N other words; a `?` after a slot makes it optional.
 *
 * Matching stays within a sentence, and its cost is bounded by the sentence length times a
 * constant that depends only on the pattern.
 */

const IRREGULAR: Record<string, string[]> = {
  be: ['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s"],
  have: ['have', 'has', 'had', 'having', "'s"],
  do: ['do', 'does', 'did', 'done', 'doing'],
  go: ['go', 'goes', 'went', 'gone', 'going'],
  get: ['get', 'gets', 'got', 'gotten', 'getting'],
  hear: ['hear', 'hears', 'heard', 'hearing'],
  come: ['come', 'comes', 'came', 'coming'],
  take: ['take', 'takes', 'took', 'taken', 'taking'],
  give: ['give', 'gives', 'gave', 'given', 'giving'],
  make: ['make', 'makes', 'made', 'making'],
  know: ['know', 'knows', 'knew', 'known', 'knowing'],
  let: ['let', 'lets', 'letting'],
  tell: ['tell', 'tells', 'told', 'telling'],
  send: ['send', 'sends', 'sent', 'sending'],
  say: ['say', 'says', 'said', 'saying'],
  see: ['see', 'sees', 'saw', 'seen', 'seeing'],
  fall: ['fall', 'falls', 'fell', 'fallen', 'falling'],
  hold: ['hold', 'holds', 'held', 'holding'],
  keep: ['keep', 'keeps', 'kept', 'keeping'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  pay: ['pay', 'pays', 'paid', 'paying'],
  run: ['run', 'runs', 'ran', 'running'],
  lose: ['lose', 'loses', 'lost', 'losing'],
  find: ['find', 'finds', 'found', 'finding'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  leave: ['leave', 'leaves', 'left', 'leaving'],
  hit: ['hit', 'hits', 'hitting'],
  put: ['put', 'puts', 'putting'],
  need: ['need', 'needs', 'needed', 'needing'],
  beg: ['beg', 'begs', 'begged', 'begging'],
};

/** Every form of a verb: the irregular ones from the table, the regular ones by rule. */
export function formsOf(verb: string): string[] {
  const irregular = IRREGULAR[verb];
  if (irregular) return irregular;
  const forms = new Set([verb]);
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  if (/[^aeiou]y$/.test(verb)) {
    forms.add(`${verb.slice(0, -1)}ies`).add(`${verb.slice(0, -1)}ied`).add(`${verb}ing`);
  } else {
    forms.add(/(?:s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : `${verb}s`);
    forms.add(verb.endsWith('e') ? `${verb}d` : `${verb}ed`);
    forms.add(`${stem}ing`);
    // A short verb doubles its last consonant: stop, stopped, stopping.
    if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) forms.add(`${verb}${verb.at(-1)}ed`).add(`${verb}${verb.at(-1)}ing`);
  }
  return [...forms];
}

/** Word classes the rules share. */
const CLASSES: Record<string, readonly string[]> = {
  neg: ['not', 'never', 'no', 'nothing', 'nobody', 'none', 'neither'],
  reply: ['reply', 'replies', 'response', 'responses', 'answer', 'answers', 'update', 'updates', 'news', 'word', 'feedback', 'decision', 'confirmation', 'callback', 'status', 'outcome', 'verdict'],
  day: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri'],
  month: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  time: ['today', 'tonight', 'tomorrow', 'noon', 'midday', 'midnight', 'eod', 'eow', 'cob', 'end', 'close', 'week', 'weekend', 'month', 'morning', 'afternoon', 'evening', 'pm', 'am', 'hours', 'days'],
};

type Slot =
  | { readonly kind: 'word'; readonly words: ReadonlySet<string>; readonly prefixes: readonly string[]; readonly digits: boolean; readonly ordinals: boolean; readonly optional: boolean }
  | { readonly kind: 'gap'; readonly max: number };

export interface Phrase {
  readonly source: string;
  readonly slots: readonly Slot[];
}

/** Compiles a pattern (see the top of this file); throws on a pattern that cannot match. */
export function phrase(source: string): Phrase {
  const slots: Slot[] = [];
  for (const part of source.trim().split(/\s+/)) {
    const gap = /^~(\d)$/.exec(part);
    if (gap) {
      slots.push({ kind: 'gap', max: Number(gap[1]) });
      continue;
    }
    const optional = part.endsWith('?');
    const words = new Set<string>();
    const prefixes: string[] = [];
    let digits = false;
    let ordinals = false;
    for (const choice of (optional ? part.slice(0, -1) : part).split('|')) {
      if (choice.startsWith('@')) formsOf(choice.slice(1)).forEach((form) => words.add(form));
      else if (choice.startsWith('{')) {
        const name = choice.slice(1, -1);
        if (name === 'number') digits = true;
        else if (name === 'ordinal') ordinals = true;
        else if (CLASSES[name]) CLASSES[name].forEach((word) => words.add(word));
        else throw new Error(`unknown word class ${choice} in '${source}'`);
      } else if (choice.endsWith('*')) prefixes.push(choice.slice(0, -1));
      else words.add(choice);
    }
    slots.push({ kind: 'word', words, prefixes, digits, ordinals, optional });
  }
  if (slots[0]?.kind !== 'word' || slots[0].optional) throw new Error(`a pattern starts with a required word: '${source}'`);
  return { source, slots };
}

function accepts(slot: Slot & { kind: 'word' }, token: Token): boolean {
  if (slot.words.has(token.norm) || token.alt?.some((form) => slot.words.has(form))) return true;
  if (slot.digits && /^\d/.test(token.norm)) return true;
  if (slot.ordinals && /^\d{1,2}(?:st|nd|rd|th)$/.test(token.norm)) return true;
  return slot.prefixes.some((prefix) => token.norm.startsWith(prefix));
}

/** Steps left for the current match: a bound on backtracking, whatever the sentence holds. */
let steps = 0;

/** The index after the last token matched, or -1; tries the shortest way first. */
function matchFrom(sentence: Sentence, slots: readonly Slot[], slot: number, at: number): number {
  if (slot === slots.length) return at;
  if (--steps < 0) return -1;
  const current = slots[slot];
  if (current.kind === 'gap') {
    for (let skip = 0; skip <= current.max && at + skip <= sentence.length; skip++) {
      const end = matchFrom(sentence, slots, slot + 1, at + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (at < sentence.length && accepts(current, sentence[at])) {
    const end = matchFrom(sentence, slots, slot + 1, at + 1);
    if (end >= 0) return end;
  }
  return current.optional ? matchFrom(sentence, slots, slot + 1, at) : -1;
}

/** Where a phrase occurs in a sentence: the span of the words it matched. */
export function matchPhrase(sentence: Sentence, compiled: Phrase): Span | undefined {
  const first = compiled.slots[0] as Slot & { kind: 'word' };
  for (let start = 0; start < sentence.length; start++) {
    if (!accepts(first, sentence[start])) continue;
    steps = 2000;
    const end = matchFrom(sentence, compiled.slots, 1, start + 1);
    if (end > start) return { start: sentence[start].start, end: sentence[end - 1].end };
  }
  return undefined;
}

/**
 * Several phrases compiled together and indexed by their first word, so that a sentence is read
 * once: each word looks up only the phrases that can start with it.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, number[]>();
  /** The phrases' first words, listed once, for drafts with more words than that. */
  private firstWords: string[] | undefined;
  /** Phrases whose first slot is a prefix, a number or an ordinal: tried at every word. */
  private readonly anywhere: number[] = [];
  readonly phrases: readonly Phrase[];
  /** For each phrase, its required slot with the fewest words: a draft without any of them cannot match it. */
  private readonly anchors: ReadonlyArray<readonly string[] | undefined>;
  /** Per draft (its bag of words): the phrases its words allow, by first word; undefined when none can occur. */
  private readonly possible = new WeakMap<ReadonlySet<string>, { readonly byFirst?: ReadonlyMap<string, readonly number[]> }>();

  constructor(sources: readonly string[]) {
    this.phrases = sources.map(phrase);
    this.anchors = this.phrases.map((compiled) => {
      let anchor: ReadonlySet<string> | undefined;
      for (const slot of compiled.slots) {
        if (slot.kind !== 'word' || slot.optional || slot.prefixes.length > 0 || slot.digits || slot.ordinals) continue;
        if (!anchor || slot.words.size < anchor.size) anchor = slot.words;
      }
      return anchor && [...anchor];
    });
    this.phrases.forEach((compiled, index) => {
      const first = compiled.slots[0] as Slot & { kind: 'word' };
      if (first.prefixes.length > 0 || first.digits || first.ordinals) this.anywhere.push(index);
      for (const word of first.words) {
        const list = this.byFirst.get(word);
        if (list) list.push(index);
        else this.byFirst.set(word, [index]);
      }
    });
  }

  private static readonly NONE: readonly number[] = [];

  /** The phrases that may start at a token. */
  private candidates(token: Token, byFirst: ReadonlyMap<string, readonly number[]>): readonly number[] {
    const direct = byFirst.get(token.norm) ?? PhraseSet.NONE;
    if (!token.alt && this.anywhere.length === 0) return direct;
    const found = [...direct];
    for (const form of token.alt ?? []) found.push(...(byFirst.get(form) ?? PhraseSet.NONE));
    return this.anywhere.length > 0 ? [...found, ...this.anywhere] : found;
  }

  /**
   * The index of the phrases that can occur at all in a draft whose words (and their other
   * readings) are `bag`, by first word; undefined when none can, so that a clean draft skips the
   * whole family at once. Without a bag, every phrase.
   */
  private indexFor(bag: ReadonlySet<string> | undefined): ReadonlyMap<string, readonly number[]> | undefined {
    if (!bag || this.anywhere.length > 0) return this.byFirst;
    let entry = this.possible.get(bag);
    if (!entry) {
      // Walk whichever is shorter: the draft's words (a few hundred) or the phrases' first words.
      const byFirst = new Map<string, number[]>();
      const passes: Array<boolean | undefined> = [];
      const words = this.byFirst.size < bag.size ? (this.firstWords ??= [...this.byFirst.keys()]) : bag;
      for (const word of words) {
        const list = this.byFirst.get(word);
        if (!list) continue;
        for (const index of list) {
          let pass = passes[index];
          if (pass === undefined) {
            const anchor = this.anchors[index];
            pass = passes[index] = !anchor || anchor.some((required) => bag.has(required));
          }
          if (!pass) continue;
          const found = byFirst.get(word);
          if (found) found.push(index);
          else byFirst.set(word, [index]);
        }
      }
      entry = byFirst.size > 0 ? { byFirst } : {};
      this.possible.set(bag, entry);
    }
    return entry.byFirst;
  }

  /** Every match in a sentence, the first of each phrase, in order of where they start. */
  matches(sentence: Sentence, bag?: ReadonlySet<string>): Span[] {
    const spans: Span[] = [];
    const byFirst = this.indexFor(bag);
    if (!byFirst) return spans;
    let done: Set<number> | undefined;
    for (let start = 0; start < sentence.length; start++) {
      for (const index of this.candidates(sentence[start], byFirst)) {
        if (done?.has(index)) continue;
        const compiled = this.phrases[index];
        if (!accepts(compiled.slots[0] as Slot & { kind: 'word' }, sentence[start])) continue;
        steps = 2000;
    const end = matchFrom(sentence, compiled.slots, 1, start + 1);
        if (end > start) {
          (done ??= new Set()).add(index);
          spans.push({ start: sentence[start].start, end: sentence[end - 1].end });
        }
      }
    }
    return spans;
  }

  /** True when any phrase occurs in the sentence. */
  test(sentence: Sentence, bag?: ReadonlySet<string>): boolean {
    const byFirst = this.indexFor(bag);
    if (!byFirst) return false;
    for (let start = 0; start < sentence.length; start++) {
      for (const index of this.candidates(sentence[start], byFirst)) {
        const compiled = this.phrases[index];
        if (!accepts(compiled.slots[0] as Slot & { kind: 'word' }, sentence[start])) continue;
        steps = 2000;
        if (matchFrom(sentence, compiled.slots, 1, start + 1) > start) return true;
      }
    }
    return false;
  }
}
