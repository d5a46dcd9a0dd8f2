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
 * The words of a draft that some phrase of some family uses (folded, with their other readings),
 * each with the sentences it occurs in: what the phrase families read to rule out, at once, every
 * phrase whose words the draft lacks. It keeps what each family can match in this draft,
 * computed once for all of them.
 */
export class WordIndex {
  /** The sentences each word is in, by its vocabulary entry; built on first use. */
  private seen: Map<VocabularyEntry, Sentence[]> | undefined;
  private readonly entries: VocabularyEntry[] = [];
  private readonly sentencesOf: Sentence[][] = [];
  private readonly memories = new Map<Sentence, SentenceMemory>();
  /** @internal Each family's possible phrases in this draft; a family absent can match nothing. */
  families: Map<PhraseSet, FamilyInDraft> | undefined;
  /** @internal How many times a family has met a sentence it did not remember, in this check. */
  misses = 0;

  /** `text` is the text the sentences were read from, with their offsets. */
  constructor(
    private readonly all: readonly Sentence[],
    private readonly text: string,
  ) {}

  /**
   * What the families remember of a sentence, found by its text from its first word to its last
   * (the same text always gives the same words): one lookup per sentence for all of them.
   */
  memoryOf(sentence: Sentence): SentenceMemory {
    let memory = this.memories.get(sentence);
    if (memory === undefined) {
      const key = sentence.length > 0 ? this.text.slice(sentence[0].start, sentence[sentence.length - 1].end) : '';
      memory = recentSentences.get(key);
      if (memory === undefined) {
        memory = olderSentences.get(key) ?? [];
        // When the current generation is full, it becomes the older one and the oldest is
        // dropped: the sentences still in the draft are carried over as they are read again.
        if (recentSentences.size >= RECENT_SENTENCES) {
          olderSentences = recentSentences;
          recentSentences = new Map();
        }
        recentSentences.set(key, memory);
      }
      this.memories.set(sentence, memory);
    }
    return memory;
  }

  private build(): void {
    if (this.seen) return;
    this.seen = new Map();
    for (const sentence of this.all) {
      for (const token of sentence) {
        if (token.entry) this.add(token.entry, sentence);
        if (token.alt) for (const form of token.alt) this.addWord(form, sentence);
      }
    }
  }

  /** Records that a word some phrase uses (its `entry`) occurs in `sentence` (added in order). */
  private add(entry: VocabularyEntry, sentence: Sentence): void {
    let list = this.seen!.get(entry);
    if (list === undefined) {
      this.seen!.set(entry, (list = []));
      this.entries.push(entry);
      this.sentencesOf.push(list);
    }
    if (list[list.length - 1] !== sentence) list.push(sentence);
  }

  /** Records a word by its folded form (another reading of a token: "'s" as "is"). */
  private addWord(word: string, sentence: Sentence): void {
    const entry = vocabularyEntry(word, vocabularyHash(word));
    if (entry) this.add(entry, sentence);
  }

  /** How many words some phrase uses; `entry(i)` and `sentences(i)` read them. */
  get phraseWordCount(): number {
    this.build();
    return this.entries.length;
  }

  entry(i: number): VocabularyEntry {
    return this.entries[i];
  }

  sentences(i: number): readonly Sentence[] {
    return this.sentencesOf[i];
  }
}

/** What the phrases of all families do with one word. */
export interface VocabularyEntry {
  readonly word: string;
  /** The phrases whose first slot accepts it. */
  readonly first: number[];
  /** The required slots (by number) that accept it. */
  readonly slots: number[];
  /** The same lists' places in the packed arrays (see `packed`). */
  firstFrom: number;
  firstTo: number;
  slotsFrom: number;
  slotsTo: number;
}

/**
 * Every phrase of every family, numbered in one sequence, so that a draft's words are looked up
 * once for all the families together rather than once per family.
 */
const registry = {
  /** The family each phrase belongs to, and its index there. */
  owner: [] as PhraseSet[],
  local: [] as number[],
  /** Each phrase's required slots (not optional, not a prefix, a number or an ordinal), by their number. */
  required: [] as number[][],
  slotCount: 0,
  /** Every word some phrase uses. */
  vocabulary: new Map<string, VocabularyEntry>(),
  /** The lists above in a few flat arrays, rebuilt when a family is added. */
  packed: undefined as { first: Int32Array; slots: Int32Array; requiredFrom: Int32Array; required: Int32Array } | undefined,
};

function entryFor(word: string): VocabularyEntry {
  let entry = registry.vocabulary.get(word);
  if (!entry) {
    registry.vocabulary.set(word, (entry = { word, first: [], slots: [], firstFrom: 0, firstTo: 0, slotsFrom: 0, slotsTo: 0 }));
    const bit = vocabularyHash(word) & 8191;
    vocabularyBits[bit >>> 5] |= 1 << (bit & 31);
  }
  return entry;
}

/**
 * One bit per hash of every vocabulary word: a small table that rules out most of a draft's
 * words without a look in the larger vocabulary map.
 */
const vocabularyBits = new Uint32Array(256);

/** A hash of a folded word, for the bit table; the tokenizer computes the same while it reads a word. */
export function vocabularyHash(word: string): number {
  let hash = word.length;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
}

/** What the phrase families know of a folded word (given with its `vocabularyHash`); undefined when no phrase uses it. */
export function vocabularyEntry(word: string, hash: number): VocabularyEntry | undefined {
  const bit = hash & 8191;
  return (vocabularyBits[bit >>> 5] & (1 << (bit & 31))) !== 0 ? registry.vocabulary.get(word) : undefined;
}

/**
 * The registry's lists packed into flat arrays, so that reading a draft's words touches a few
 * contiguous blocks of memory rather than hundreds of small lists.
 */
function packed(): NonNullable<typeof registry.packed> {
  if (registry.packed) return registry.packed;
  const first: number[] = [];
  const slots: number[] = [];
  for (const entry of registry.vocabulary.values()) {
    entry.firstFrom = first.length;
    first.push(...entry.first);
    entry.firstTo = first.length;
    entry.slotsFrom = slots.length;
    slots.push(...entry.slots);
    entry.slotsTo = slots.length;
  }
  const requiredFrom = new Int32Array(registry.required.length + 1);
  const required: number[] = [];
  registry.required.forEach((list, id) => {
    requiredFrom[id] = required.length;
    required.push(...list);
  });
  requiredFrom[registry.required.length] = required.length;
  return (registry.packed = { first: Int32Array.from(first), slots: Int32Array.from(slots), requiredFrom, required: Int32Array.from(required) });
}

/** What one family can match in one draft. */
interface FamilyInDraft {
  /** By first word: the family's phrases (its own indexes, in order) that can start there. */
  readonly byFirst: ReadonlyMap<VocabularyEntry, readonly number[]>;
  /** The sentences holding a word that may start one of them: the only ones worth reading. */
  readonly sentences: ReadonlySet<Sentence>;
}

/** Which required slots accept a word of the draft being read: `present[slot] === checks`. */
let present = new Uint32Array(0);
let checks = 0;

function familiesIn(index: WordIndex): Map<PhraseSet, FamilyInDraft> {
  let families = index.families;
  if (families) return families;
  // A phrase can occur only if each of its required slots accepts some word of the draft.
  // One array for every draft, stamped with a new number each time, so no draft allocates one.
  if (present.length < registry.slotCount) present = new Uint32Array(registry.slotCount * 2);
  if (checks === 0xffffffff) present.fill((checks = 0));
  const stamp = ++checks;
  const { slots, first, requiredFrom, required } = packed();
  const count = index.phraseWordCount;
  for (let i = 0; i < count; i++) {
    const entry = index.entry(i);
    for (let k = entry.slotsFrom; k < entry.slotsTo; k++) present[slots[k]] = stamp;
  }
  const possible = (id: number) => {
    for (let k = requiredFrom[id]; k < requiredFrom[id + 1]; k++) if (present[required[k]] !== stamp) return false;
    return true;
  };
  families = new Map();
  for (let i = 0; i < count; i++) {
    const entry = index.entry(i);
    for (let k = entry.firstFrom; k < entry.firstTo; k++) {
      const id = first[k];
      if (!possible(id)) continue;
      const owner = registry.owner[id];
      let family = families.get(owner) as { byFirst: Map<VocabularyEntry, number[]>; sentences: Set<Sentence> } | undefined;
      if (!family) families.set(owner, (family = { byFirst: new Map(), sentences: new Set() }));
      const list = family.byFirst.get(entry);
      if (list) list.push(registry.local[id]);
      else {
        family.byFirst.set(entry, [registry.local[id]]);
        for (const sentence of index.sentences(i)) family.sentences.add(sentence);
      }
    }
  }
  index.families = families;
  return families;
}

/**
 * Several phrases compiled together and indexed by their first word, so that a sentence is read
 * once: each word looks up only the phrases that can start with it. Given the draft's word index,
 * a family reads only the sentences where one of its phrases can start, and a clean draft skips
 * the whole family at once.
 */
export class PhraseSet {
  private readonly byFirst = new Map<VocabularyEntry, number[]>();
  /** This family's place in a `SentenceMemory`. */
  private readonly id = familyCount++;
  /** Phrases whose first slot is a prefix, a number or an ordinal: tried at every word. */
  private readonly anywhere: number[] = [];
  readonly phrases: readonly Phrase[];

  constructor(sources: readonly string[]) {
    this.phrases = sources.map(phrase);
    this.phrases.forEach((compiled, index) => {
      const first = compiled.slots[0] as Slot & { kind: 'word' };
      if (first.prefixes.length > 0 || first.digits || first.ordinals) this.anywhere.push(index);
      for (const word of first.words) {
        const entry = entryFor(word);
        const list = this.byFirst.get(entry);
        if (list) list.push(index);
        else this.byFirst.set(entry, [index]);
      }
    });
    if (this.anywhere.length > 0) return;
    // A family whose phrases all start with listed words joins the shared index.
    this.phrases.forEach((compiled, index) => {
      const id = registry.owner.length;
      registry.owner.push(this);
      registry.local.push(index);
      const required: number[] = [];
      for (const slot of compiled.slots) {
        if (slot.kind !== 'word' || slot.optional || slot.prefixes.length > 0 || slot.digits || slot.ordinals) continue;
        const number = registry.slotCount++;
        required.push(number);
        for (const word of slot.words) entryFor(word).slots.push(number);
      }
      registry.required.push(required);
      registry.packed = undefined;
      for (const word of (compiled.slots[0] as Slot & { kind: 'word' }).words) entryFor(word).first.push(id);
    });
  }

  /** What this family can match in a draft; undefined when nothing. Without an index, everything. */
  private inDraft(index: WordIndex | undefined, sentence: Sentence): ReadonlyMap<VocabularyEntry, readonly number[]> | undefined {
    if (!index || this.anywhere.length > 0) return this.byFirst;
    const family = familiesIn(index).get(this);
    return family?.sentences.has(sentence) ? family.byFirst : undefined;
  }

  /** Tries the phrases of `list` at a token; calls `found` with each match's end (the index after its last token). */
  private tryAll(sentence: Sentence, start: number, list: readonly number[], found: (index: number, end: number) => boolean): boolean {
    for (const index of list) {
      const compiled = this.phrases[index];
      if (!accepts(compiled.slots[0] as Slot & { kind: 'word' }, sentence[start])) continue;
      steps = 2000;
      const end = matchFrom(sentence, compiled.slots, 1, start + 1);
      if (end > start && found(index, end)) return true;
    }
    return false;
  }

  /** Tries every phrase that may start at a token (by its word, its other readings, and anywhere); stops when `found` says so. */
  private tryAt(sentence: Sentence, start: number, byFirst: ReadonlyMap<VocabularyEntry, readonly number[]>, found: (index: number, end: number) => boolean): boolean {
    const token = sentence[start];
    // A word no phrase uses starts none of them: no lookup at all.
    if (token.entry) {
      const list = byFirst.get(token.entry);
      if (list && this.tryAll(sentence, start, list, found)) return true;
    }
    if (token.alt) {
      for (const form of token.alt) {
        const entry = vocabularyEntry(form, vocabularyHash(form));
        const list = entry && byFirst.get(entry);
        if (list && this.tryAll(sentence, start, list, found)) return true;
      }
    }
    return this.anywhere.length > 0 && this.tryAll(sentence, start, this.anywhere, found);
  }

  /**
   * Where the phrases match in a sentence: pairs of token indexes (first, last), the first match
   * of each phrase, in order of where they start. With a draft's word index, remembered for
   * recent sentences: typing changes one sentence, and the others are read as before.
   */
  private matchedTokens(sentence: Sentence, index?: WordIndex): readonly number[] {
    const memory = index?.memoryOf(sentence);
    const known = memory?.[this.id];
    if (known) return known;
    const found: number[] = [];
    // A sentence or two not seen before (the one being typed) are read against all the family's
    // phrases; many (a draft opened) are worth the draft's word index, which rules most out.
    const byFirst = index && index.misses++ < FEW_MISSES ? this.byFirst : this.inDraft(index, sentence);
    if (byFirst) {
      let done: Set<number> | undefined;
      let start = 0;
      const record = (phraseIndex: number, end: number) => {
        if (done?.has(phraseIndex)) return false;
        (done ??= new Set()).add(phraseIndex);
        found.push(start, end - 1);
        return false;
      };
      for (; start < sentence.length; start++) this.tryAt(sentence, start, byFirst, record);
    }
    if (memory) memory[this.id] = found;
    return found;
  }

  /** Every match in a sentence, the first of each phrase, in order of where they start. */
  matches(sentence: Sentence, index?: WordIndex): Span[] {
    const found = this.matchedTokens(sentence, index);
    const spans: Span[] = [];
    for (let i = 0; i < found.length; i += 2) spans.push({ start: sentence[found[i]].start, end: sentence[found[i + 1]].end });
    return spans;
  }

  /** True when any phrase occurs in the sentence. */
  test(sentence: Sentence, index?: WordIndex): boolean {
    return this.matchedTokens(sentence, index).length > 0;
  }
}

/** How many sentences not seen before a check reads without the draft's word index. */
const FEW_MISSES = 40;

/**
 * Where each family's phrases matched in one sentence (pairs of token indexes), by family id:
 * what the families remember of a sentence they have read.
 */
type SentenceMemory = Array<readonly number[] | undefined>;

/** How many families exist: the length a `SentenceMemory` can reach. */
let familyCount = 0;

/** How many sentences a generation of the families' memory holds: more than a long letter has. */
const RECENT_SENTENCES = 128;

/** Recent sentences, by their text, and what the families found in them: two generations. */
let recentSentences = new Map<string, SentenceMemory>();
let olderSentences = new Map<string, SentenceMemory>();

