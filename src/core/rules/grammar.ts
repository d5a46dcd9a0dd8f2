import type { RuleFinding } from '../finding';
import type { Rule, RuleContext } from './rule';
import { MAX_FINDINGS_PER_RULE, matchCase, replaceWith } from './shared';

/** A written word of a sentence: a contraction ("you're") is one word here. */
interface Written {
  readonly start: number;
  readonly end: number;
  /** Lower case, with a straight apostrophe. */
  readonly lower: string;
}

/** Nouns a job seeker writes after "your", "their" or "its": after "you're", "they're" or "there" they show the word was meant to be a possessive. */
const NOUNS = new Set(
  (
    'team teams time help company office offices customers clients work mission product products platform goals culture process ' +
    'department organisation organization feedback support consideration email emails message interview project projects role staff ' +
    'people approach roadmap vision values business website app service services patients students community members leadership ' +
    'growth strategy plans needs programme program insights advice guidance kindness patience perspective thoughts call note letter ' +
    'offer decision recruiter manager board colleagues company’s hospitality generosity input questions answers research priorities ' +
    'expertise experience interest invitation attention firm school clinic practice hospital unit lab ward branch store restaurant'
  ).split(' '),
);
/** Past participles and other verb forms that follow "should have", "could have", "would have". */
const PARTICIPLES = new Set(
  (
    'been done gone had made seen known taken given got gotten said thought told sent met heard left come run written spoken ' +
    'asked liked loved wanted tried called emailed mentioned included added shared prepared brought bought found felt kept meant ' +
    'put read set shown understood won chosen forgotten begun become spent lost'
  ).split(' '),
);
const MODALS = new Set(['should', 'could', 'would', 'must', 'might', 'may']);
const COMPARATIVES = new Set(
  'more less fewer better worse rather other greater higher lower larger smaller bigger faster longer stronger easier harder older younger further farther'.split(' '),
);
/** Words that cannot start the noun phrase a possessive starts: "there is", "for it's to", "there also are". */
const NOT_A_NOUN = new Set(
  (
    'a an the to is are was were be being been not going will would can could may might must shall should has have had do does did ' +
    'also still really often always never just now then too again already only even so very quite once yet i we you they he she it ' +
    'and or but as if that this these those there here when where while because since until before after for from in on at with by of ' +
    'seems seem seemed appears appear appeared remains remain remained exists exist existed needs need needed comes came goes went lies ' +
    'stands stood used tend tends happens happened ought isn’t isn\'t aren\'t wasn\'t weren\'t'
  ).split(' '),
);
/** Nouns of the list that are verbs too, which "to" after them makes verbs ("there needs to be"). */
const VERBS_TOO = new Set(['needs', 'plans', 'help', 'support', 'work', 'offer', 'call', 'interest', 'practice']);
/** Words that say how people are, not what they have: after "their" they show "they're" was meant. */
const PREDICATES = new Set(['keen', 'interested', 'happy', 'excited', 'ready', 'able', 'willing', 'aware', 'sure', 'eager', 'busy', 'pleased', 'delighted', 'confident', 'likely']);
/** Verbs that take a clause, after which "it's" is "it is": "she says it's clients who matter". */
const CLAUSE_VERBS = new Set(
  'says means thinks knows hopes feels seems shows suggests believes assumes expects notes explains argues agrees finds wishes admits is was has does appears remains guess'.split(' '),
);
/** Words that open a clause, after which "there" is the subject's place ("so there is", "so their team is"). */
const CLAUSE_OPENERS = new Set(['so', 'that', 'how', 'because', 'while', 'whether', 'why', 'where', 'when']);
/** Verbs that follow a plural or singular noun: "their handoffs are", "their team is". */
const VERBS_AFTER_NOUN = new Set(['are', 'is', 'was', 'were', 'have', 'has', 'will', 'can', 'seem', 'seems', 'look', 'looks', 'run', 'runs', 'work', 'works']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "isn't", "aren't", "wasn't", "weren't"]);
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'your', 'our', 'their', 'this', 'that', 'these', 'those']);
const PREPOSITIONS = new Set(['of', 'for', 'with', 'from', 'into', 'onto', 'through', 'within', 'across', 'by', 'on', 'at', 'about', 'to', 'in', 'toward', 'towards', 'during', 'under', 'over']);
/** Verbs after which "loose" must be the verb "lose". */
const BEFORE_LOSE = new Set(['to', 'will', 'would', 'could', 'can', 'might', 'may', 'must', 'should', 'not', "don't", "won't", 'never', "didn't", "can't", "couldn't", "wouldn't"]);

/** Letters whose names start with a vowel sound, for initialisms read letter by letter ("an MBA", "an FBI"). */
const VOWEL_LETTERS = new Set(['a', 'e', 'f', 'i', 'l', 'm', 'n', 'o', 'r', 'x']);
const CONSONANT_LETTERS = new Set(['b', 'c', 'd', 'g', 'j', 'k', 'p', 'q', 't', 'u', 'v', 'w', 'y', 'z']);
/** Words with a silent "h", and words where either article is in use ("an historic", "an herb"). */
const SILENT_H = /^(?:hour|honest|honou?r|heir)/;
const EITHER = /^(?:historic|hotel|herb|homage|hysteric)/;

/**
 * The sound a word begins with, for "a" and "an": 'vowel', 'consonant', or undefined when it
 * cannot be told from the spelling (an acronym read as a word, a letter whose name varies).
 */
function soundOf(word: string): 'vowel' | 'consonant' | undefined {
  if (/^\d/.test(word)) {
    // Eight, eleven, eighteen, eighty, eight hundred: the numbers said with a vowel first.
    return /^(?:8|11(?!\d)|18(?!\d{2})|11\d{3}(?!\d)|18\d{3}(?!\d))/.test(word.replace(/,/g, '')) ? 'vowel' : 'consonant';
  }
  const lower = word.toLowerCase();
  const letters = lower.replace(/[^a-z]/g, '');
  if (!letters) return undefined;
  // An initialism, read letter by letter, alone or leading a word ("MBA", "FBI", "NHS", "XGBoost",
  // "UX-minded"): two capitals first, without a vowel that would let it be read as a word ("NASA").
  const initials = /^[A-Z]{2,}/.exec(word)?.[0];
  if (initials && (!/[AEIO]/.test(initials.slice(0, 2)) || /^U[^AEIOU]/.test(initials)) && (initials[1] !== 'U' || initials.length > 2)) {
    const first = letters[0];
    if (first === 'h' || first === 's') return undefined; // "haitch" and "a SQL" ("sequel") are both heard
    return VOWEL_LETTERS.has(first) ? 'vowel' : CONSONANT_LETTERS.has(first) ? 'consonant' : undefined;
  }
  if (EITHER.test(lower)) return undefined;
  if (SILENT_H.test(lower)) return 'vowel';
  if (/^(?:one|once|eu|ewe|uni(?![mnd])|us[eu]|uti|ur[aeio]|ubiq|utop|uk\b|ufo|u-)/.test(lower)) return 'consonant';
  if (/^[aeiou]/.test(lower)) return 'vowel';
  if (/^(?:x-ray|xml)/.test(lower)) return 'vowel';
  return 'consonant';
}

/** Words this rule can say something about, as the tokenizer reads them (a contraction's first part). */
const TRIGGERS = new Set(['alot', 'i', 'of', 'then', 'than', 'loose', 'lose', 'a', 'an', 'it', 'its', 'your', 'you', 'their', 'there', 'they']);

/** The written words the switch below decides about; every other word is passed over at once. */
const HANDLED = new Set(['alot', 'i', "i'm", "i've", "i'll", "i'd", 'of', 'then', 'than', 'loose', 'lose', 'a', 'an', "it's", 'its', 'your', "you're", 'their', 'there', "they're"]);

/**
 * The written words of each sentence that holds a word this rule looks at. A word's lower-case
 * form is the tokenizer's, except for a contraction, whose whole written form is read.
 */
function writtenWords(context: RuleContext): Written[][] {
  const text = context.draft.text;
  const result: Written[][] = [];
  for (const sentence of context.prose.sentences()) {
    if (!sentence.some((token) => TRIGGERS.has(token.norm))) continue;
    const words: Written[] = [];
    for (let i = 0; i < sentence.length; i++) {
      const token = sentence[i];
      if (words.length > 0 && words[words.length - 1].start === token.start) continue;
      const contraction = i + 1 < sentence.length && sentence[i + 1].start === token.start;
      const lower = contraction ? text.slice(token.start, token.end).toLowerCase().replace(/’/g, "'") : token.norm;
      words.push({ start: token.start, end: token.end, lower });
    }
    result.push(words);
  }
  return result;
}

/**
 * The commonly confused words a careful reader notices at once (DOMAIN.md §5): each decided
 * from the words around it, and left alone when the words around it do not decide it.
 */
export const grammar: Rule = {
  id: 'grammar',
  defaultSeverity: 'warning',
  description: 'A commonly confused word: their/there/they’re, your/you’re, its/it’s, “should of”, then/than, lose/loose, a/an, “alot”, a lone “i”.',
  check: (context) => {
    const text = context.draft.text;
    /** The word as written, read only when it is reported or its case matters. */
    const t = (word: Written) => text.slice(word.start, word.end);
    const words = context.config.spellingWords;
    const findings: RuleFinding[] = [];
    /** Only spaces between two words: nothing that would break the phrase. */
    const adjacent = (a: Written, b: Written | undefined) => b !== undefined && /^[ \t]+$/.test(text.slice(a.end, b.start));
    // The fix writes apostrophes the way the draft does.
    const curly = (text.match(/’/g)?.length ?? 0) > (text.match(/'/g)?.length ?? 0);
    const report = (word: Written, replacement: string, why: string) => {
      if (findings.length >= MAX_FINDINGS_PER_RULE || words.has(word.lower)) return;
      const fixed = matchCase(t(word), curly ? replacement.replace(/'/g, '’') : replacement);
      findings.push({ span: word, message: `“${t(word)}” should be “${fixed}” here: ${why}`, fixes: [replaceWith(word, fixed)] });
    };

    for (const sentence of writtenWords(context)) {
      sentence.forEach((word, i) => {
        if (!HANDLED.has(word.lower)) return;
        const previous = i > 0 && adjacent(sentence[i - 1], word) ? sentence[i - 1] : undefined;
        const next = adjacent(word, sentence[i + 1]) ? sentence[i + 1] : undefined;
        const after = next && adjacent(next, sentence[i + 2]) ? sentence[i + 2] : undefined;
        switch (word.lower) {
          case 'alot':
            report(word, 'a lot', '“a lot” is two words.');
            return;
          case 'i':
          case "i'm":
          case "i've":
          case "i'll":
          case "i'd": {
            // A lone lower-case "i", not "i.e." nor a list marker "(i)".
            if (t(word)[0] !== 'i' || /[.)]/.test(text[word.end] ?? '') || /[(.]/.test(text[word.start - 1] ?? '')) return;
            report(word, `I${t(word).slice(1)}`, 'the word “I” is always a capital letter.');
            return;
          }
          case 'of': {
            // "should of been" for "should have been" (what "should've" sounds like).
            if (previous && MODALS.has(previous.lower) && next && (PARTICIPLES.has(next.lower) || /^[a-z]+ed$/.test(next.lower))) {
              report(word, 'have', `after “${t(previous)}” the verb is “have”, as in “${previous.lower} have ${next.lower}”.`);
            }
            return;
          }
          case 'then':
            if (previous && COMPARATIVES.has(previous.lower) && next) report(word, 'than', `a comparison takes “than”, as in “${previous.lower} than”.`);
            return;
          case 'than':
            // A clause cannot open with "than": "Than we toured the lab", ", than we spoke".
            if (next && ['i', 'we', 'you', 'they', 'he', 'she', 'it'].includes(next.lower) && (i === 0 || text.slice(sentence[i - 1].end, word.start).trim() === ',')) {
              report(word, i === 0 ? 'Then' : 'then', '“then” is about time or what comes next; “than” is for comparisons.');
              return;
            }
            if (previous && ['since', 'until', 'till', 'by', 'back', 'just', 'and'].includes(previous.lower) && (previous.lower !== 'and' || (next && ['i', 'we', 'you', 'they', 'he', 'she', 'it'].includes(next.lower)))) {
              report(word, 'then', '“then” is about time or what comes next; “than” is for comparisons.');
            }
            return;
          case 'loose':
            if (previous && BEFORE_LOSE.has(previous.lower)) report(word, 'lose', '“lose” is the verb (to lose something); “loose” means not tight.');
            return;
          case 'lose':
            if (next?.lower === 'ends') report(word, 'loose', '“loose ends” are ends that are not tied up; “lose” is the verb.');
            return;
          case 'a':
          case 'an': {
            if (!next || (t(word) === 'A' && i > 0)) return; // "Plan A", "grade A"
            if (/^[A-Z]$/.test(t(next)) || t(next).length === 1) return; // "a B2B", "a C" are labels
            const sound = soundOf(t(next));
            if (word.lower === 'a' && sound === 'vowel') report(word, 'an', `“${t(next)}” begins with a vowel sound, so it takes “an”.`);
            if (word.lower === 'an' && sound === 'consonant') report(word, 'a', `“${t(next)}” begins with a consonant sound, so it takes “a”.`);
            return;
          }
          case "it's":
            // After a preposition "it is" cannot follow: "for it's customers", "to it's launch".
            if (
              next?.lower === 'own' ||
              (previous && PREPOSITIONS.has(previous.lower) && next && !NOT_A_NOUN.has(next.lower)) ||
              // "the bank grows it's clients": a verb that takes an object, then a noun.
              (previous && /^[a-z]{3,}s$/.test(previous.lower) && !CLAUSE_VERBS.has(previous.lower) && next && NOUNS.has(next.lower))
            ) {
              report(word, 'its', '“its” (no apostrophe) means belonging to it; “it’s” means “it is”.');
            }
            return;
          case 'its':
            if (next && (DETERMINERS.has(next.lower) || ['been', 'not', 'going', 'getting', 'really', 'quite', 'also', 'always'].includes(next.lower))) {
              report(word, "it's", '“it’s” means “it is” or “it has”; “its” means belonging to it.');
            }
            return;
          case 'your':
            if (previous?.lower === 'hope' && next && ['well', 'doing', 'keeping', 'having', 'enjoying', 'settling', 'feeling'].includes(next.lower)) {
              report(word, "you're", '“you’re” means “you are”, as in “I hope you’re well”.');
              return;
            }
            if (
              next &&
              ((['a', 'an', 'the', 'not', 'going', 'interested'].includes(next.lower) && !(next.lower === 'going' && after?.lower !== 'to')) ||
                (next.lower === 'welcome' && (!adjacent(next, sentence[i + 2]) || after?.lower === 'to')))
            ) {
              report(word, "you're", '“you’re” means “you are”; “your” means belonging to you.');
            }
            return;
          case "you're":
            if ((next && NOUNS.has(next.lower)) || (previous && PREPOSITIONS.has(previous.lower))) {
              report(word, 'your', '“your” means belonging to you; “you’re” means “you are”.');
            }
            return;
          case 'their':
            if (next && (BE.has(next.lower) || next.lower === 'has' || (next.lower === 'will' && after?.lower === 'be'))) {
              report(word, 'there', '“there is” and “there are” are written with “there”; “their” means belonging to them.');
            } else if (
              next &&
              (next.lower === 'not' ||
                (/^[a-z]{2,}ing$/.test(next.lower) && after && ['a', 'an', 'the', 'to'].includes(after.lower)) ||
                // "their keen on the product": an adjective with no noun after it describes them.
                (PREDICATES.has(next.lower) && (!after || ['to', 'on', 'in', 'about', 'that', 'with', 'for', 'at', 'of', 'and'].includes(after.lower))))
            ) {
              report(word, "they're", '“they’re” means “they are”; “their” means belonging to them.');
            }
            return;
          case 'there':
            if (
              next &&
              !(previous && BE.has(previous.lower)) &&
              ((NOUNS.has(next.lower) && !NOT_A_NOUN.has(next.lower) && !(after?.lower === 'to' && VERBS_TOO.has(next.lower))) ||
                // "of there work", "with there team": after these, a noun phrase follows.
                (previous && ['of', 'with', 'about', 'into', 'by'].includes(previous.lower) && !NOT_A_NOUN.has(next.lower)) ||
                // "so there handoffs are smooth": a noun and its verb after "there".
                (after && VERBS_AFTER_NOUN.has(after.lower) && !NOT_A_NOUN.has(next.lower) && !/ly$/.test(next.lower)) ||
                // "so there handoffs stay visible": after "so", "that", "how"... an existential "there" is
                // followed by a verb; any other word starts the noun phrase of "their".
                (previous && CLAUSE_OPENERS.has(previous.lower) && after && !NOT_A_NOUN.has(next.lower) && !/ly$/.test(next.lower)))
            ) {
              report(word, 'their', '“their” means belonging to them; “there” is a place or starts “there is”.');
            } else if (next?.lower === 'going' && after?.lower === 'to' && !(previous && BE.has(previous.lower))) {
              report(word, "they're", '“they’re” means “they are”.');
            }
            return;
          case "they're":
            if (next && (NOUNS.has(next.lower) || next.lower === 'own' || (previous && PREPOSITIONS.has(previous.lower) && !NOT_A_NOUN.has(next.lower)))) report(word, 'their', '“their” means belonging to them; “they’re” means “they are”.');
            return;
        }
      });
    }
    return findings;
  },
};
