import { decodeTrie, type ITrie } from 'cspell-trie-lib';

/**
 * Words a job seeker writes that the SCOWL lists do not have: the jargon of hiring and of the
 * fields people apply in. A careful writer's correct word must never be underlined.
 */
const EXTRA_WORDS = (
  'onboarding offboarding upskilling reskilling dashboarding microservices pharmacovigilance workstream workstreams devops ' +
  'telehealth omnichannel signoff ok okay fintech healthtech edtech proptech insurtech regtech martech adtech cybersecurity ' +
  'dataset datasets roadmap roadmaps wellbeing learnings geospatial onsite offsite reorg webinar webinars stakeholder stakeholders ' +
  'hybrid async ux ui saas paas iaas api apis sdk sdks cto cfo ceo coo vp vps hr kpi kpis okr okrs faq faqs'
).split(' ');

/**
 * An English dictionary for the spelling rule: American and British spellings (either or both),
 * decoded from the binary tries that `esbuild.mjs` builds. It knows nothing of files: the
 * extension and the command line read the tries from their own folder and hand the bytes in.
 */
/** How many words a generation of the dictionary's memory of words looked up holds. */
const KNOWN_WORDS = 4096;
/** How many lines a generation of its memory of lines read holds: more than a long letter has. */
const RECENT_LINES = 128;

export class Dictionary {
  private readonly tries: ITrie[];
  private readonly extra: Set<string>;
  private known = new Map<string, boolean>();
  private knownBefore = new Map<string, boolean>();
  private lines = new Map<string, readonly number[]>();
  private linesBefore = new Map<string, readonly number[]>();
  private readonly suggested = new Map<string, Array<{ word: string; cost: number }>>();

  /** `tries` are the bytes of `dist/dictionary/*.btrie`, American English first, as DICTIONARY_FILES lists them. */
  constructor(tries: readonly Uint8Array[]) {
    // The trie is read as 32-bit numbers, which needs bytes that start on a multiple of 4. A
    // file read in the browser can arrive as a view into a larger buffer at any offset: copy it.
    this.tries = tries.map((bytes) => decodeTrie(bytes.byteOffset % 4 === 0 ? bytes : bytes.slice()));
    this.extra = new Set(EXTRA_WORDS);
    this.active = this.tries;
  }

  /** Which of the tries to consult: both, or the American (first) or British (second) one. */
  private active: readonly ITrie[] = [];

  private hasExact(word: string): boolean {
    if (this.extra.has(word)) return true;
    for (const trie of this.active) if (trie.hasWord(word, true)) return true;
    return false;
  }

  /** True when either dialect has the word: a regional spelling when the chosen dialect does not. */
  hasInEither(written: string): boolean {
    const word = written.replace(/[’‘`]/g, "'");
    const lower = word.toLowerCase();
    return this.tries.some((trie) => trie.hasWord(word, true) || trie.hasWord(lower, true));
  }

  /** Chooses the spellings that count as right; American and British by default. */
  useDialect(dialect: 'both' | 'american' | 'british'): this {
    const active = dialect === 'american' ? this.tries.slice(0, 1) : dialect === 'british' ? this.tries.slice(1, 2) : this.tries;
    if (active.length !== this.active.length || active[0] !== this.active[0]) {
      this.active = active.length > 0 ? active : this.tries;
      this.known.clear();
      this.knownBefore.clear();
      this.lines.clear();
      this.linesBefore.clear();
      this.suggested.clear();
    }
    return this;
  }

  /**
   * The places (counted from `from`) of the words in `words[from..to)` that the dictionary does
   * not know (see `has`). They are the words of one line of text, `line`, which always has the
   * same words: the answer is remembered for recent lines, so that while someone types, only the
   * line that changed is looked up again.
   */
  unknownIn(line: string, words: readonly { readonly text: string }[], from: number, to: number): readonly number[] {
    let places = this.lines.get(line);
    if (places !== undefined) return places;
    places = this.linesBefore.get(line);
    if (places === undefined) {
      const unknown: number[] = [];
      for (let i = from; i < to; i++) if (!this.has(words[i].text)) unknown.push(i - from);
      places = unknown;
    }
    if (this.lines.size >= RECENT_LINES) {
      this.linesBefore = this.lines;
      this.lines = new Map();
    }
    this.lines.set(line, places);
    return places;
  }

  /**
   * True for a word of the dictionary, in the case written or as a capitalized or all-capitals
   * form of a lower-case entry; a hyphenated word when each of its parts is a word; a
   * contraction or possessive when its stem is ("Ngozi's" is left to the name rules).
   */
  has(written: string): boolean {
    const current = this.known.get(written);
    if (current !== undefined) return current;
    let known = this.knownBefore.get(written);
    if (known === undefined) {
      const word = written.replace(/[’‘`]/g, "'");
      known = this.hasWord(word) || (word.includes('-') && word.split('-').every((part) => part === '' || this.hasWord(part)));
      if (!known && /'s$|s'$/i.test(word)) known = this.hasWord(word.replace(/'s$|'$/i, ''));
    }
    // Two small generations rather than one large map: the words of the drafts being written
    // stay in the newer one, and a small map is quick to read.
    if (this.known.size >= KNOWN_WORDS) {
      this.knownBefore = this.known;
      this.known = new Map();
    }
    this.known.set(written, known);
    return known;
  }

  private hasWord(word: string): boolean {
    if (this.hasExact(word)) return true;
    const lower = word.toLowerCase();
    if (lower === word) return false;
    return this.hasExact(lower) || this.hasExact(lower[0].toUpperCase() + lower.slice(1));
  }

  /**
   * The words one edit away that the dictionary has, most likely first: two letters swapped
   * ("recieve"), a letter doubled or not ("occured"), a vowel for a vowel ("seperate"), then any
   * other letter dropped, added or changed. Cheap enough to run as the draft is checked.
   */
  suggest(written: string, limit = 3): string[] {
    return this.suggestWithCost(written, limit).map((suggestion) => suggestion.word);
  }

  /** As `suggest`, with each word's cost: 1 for a swap, 2 for a doubled letter, 3 for a vowel, 4 or 5 for any other edit. */
  suggestWithCost(written: string, limit = 3): Array<{ word: string; cost: number }> {
    const remembered = this.suggested.get(`${limit}|${written}`);
    if (remembered) return remembered;
    const suggestions = this.computeSuggestions(written, limit);
    if (this.suggested.size > 2_000) this.suggested.clear();
    this.suggested.set(`${limit}|${written}`, suggestions);
    return suggestions;
  }

  private computeSuggestions(written: string, limit: number): Array<{ word: string; cost: number }> {
    const word = written.toLowerCase();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const scored = new Map<string, number>();
    const consider = (candidate: string, cost: number) => {
      if (candidate.length < 2 || candidate === word || !this.hasExact(candidate)) return;
      scored.set(candidate, Math.min(scored.get(candidate) ?? Infinity, cost));
    };
    for (let i = 0; i < word.length; i++) {
      if (i + 1 < word.length) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), 1);
      consider(word.slice(0, i) + word.slice(i + 1), word[i] === word[i - 1] || word[i] === word[i + 1] ? 2 : 4);
      for (const letter of letters) {
        if (letter !== word[i]) consider(word.slice(0, i) + letter + word.slice(i + 1), 'aeiou'.includes(letter) && 'aeiou'.includes(word[i]) ? 3 : 5);
      }
    }
    for (let i = 0; i <= word.length; i++) {
      for (const letter of letters) consider(word.slice(0, i) + letter + word.slice(i), letter === word[i - 1] || letter === word[i] ? 2 : 4);
    }
    const title = /^\p{Lu}/u.test(written);
    return [...scored]
      .sort((a, b) => a[1] - b[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([candidate, cost]) => ({ word: title ? candidate[0].toUpperCase() + candidate.slice(1) : candidate, cost }));
  }
}

/** The dictionary files `esbuild.mjs` writes into `dist/dictionary`, American and British English. */
export const DICTIONARY_FILES: readonly string[] = ['en-US.btrie', 'en-GB.btrie'];
