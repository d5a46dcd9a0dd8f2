import type { RuleFinding } from '../finding';
import { PhraseSet } from '../language/phrases';
import type { Rule } from './rule';
import { firstName, quote, replaceWith } from './shared';

const SLANG = /\b(?:gonna|wanna|gotta|kinda|sorta|lemme|gimme|dunno|thx|thanx|tnx|tysm|lol|lmao|lmk|btw|omg|idk|tbh|imo|imho|pls|plz|ur|yeah|yep|yup|nope|cuz|coz|gr8|ttyl|cya|dude|bro|hiya|howdy|stoked|psyched|awesome|haha|hehe|woohoo|yay|xoxo|no\s+worries|no\s+biggie|my\s+bad)\b|(?<![\w.])u(?![\w.’'])/gi;
/** Casual turns of phrase that no single word gives away. */
const CASUAL = new PhraseSet(['super ~1 excited|fun|cool|keen|pumped|stoked|psyched', 'keen as to|mate|bro', 'sweet|choice as', 'a mill', 'well up for', 'what you reckon|think mate', 'pumped|amped ~2 about|for|to', 'hit me up', 'banging on', 'no probs', 'cheers mate', 'cheers for', 'thanks|thank a|you ~1 bunch|ton|heap|bundle', 'catch ya', 'no biggie', 'catch you later|soon', 'totally|so down']);
const NOT_CASUAL = new PhraseSet(['as ~1 keen|sweet|easy|good as']);
const LONE_U = /^u$/i;
const EMOJI = /\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic}|\ufe0f)*|(?<=^|\s)[:;]-?[)(DPp](?=\s|$)/gmu;
const HEY = /^\s*(hey|hiya|yo)\b/i;
const HEY_LINE = /^[ \t]*hey\b/gim;

/** A follow-up is a business message, not a chat (DOMAIN.md §1). */
export const informal: Rule = {
  id: 'informal',
  defaultSeverity: 'warning',
  description: 'Casual register: "Hey", slang, chat abbreviations, emoji or "Cheers".',
  check: (context) => {
    const { draft, prose } = context;
    const findings: RuleFinding[] = [];
    const greeting = draft.message.greeting;
    if (greeting) {
      const hey = HEY.exec(greeting.line.text);
      if (hey) {
        const start = greeting.line.start + greeting.line.text.indexOf(hey[1]);
        const span = { start, end: start + hey[1].length };
        const name = draft.fields.interviewers[0];
        const fixes = greeting.addressee
          ? [replaceWith(span, 'Dear')]
          : name
            ? [replaceWith(span, `Dear ${firstName(name)}`)]
            : [];
        findings.push({ span, message: `“${hey[1]}” is too casual for an interviewer; open with “Dear” or “Hello” and their name.`, fixes });
      }
    }
    for (const found of prose.find(HEY_LINE)) {
      const start = found.end - 3;
      if (greeting && start >= greeting.line.start && start < greeting.line.end) continue;
      findings.push({ span: { start, end: found.end }, message: '“Hey” is too casual for an interviewer; open the sentence another way.' });
    }
    for (const span of prose.find(SLANG)) {
      const word = draft.text.slice(span.start, span.end);
      if (LONE_U.test(word) && word === 'U') continue;
      if (greeting && span.start >= greeting.line.start && span.end <= greeting.line.end && HEY.test(word)) continue;
      findings.push({ span, message: `${quote(context, span)} is chat language; write it out in full, as you would in a business letter.` });
    }
    for (const sentence of prose.sentences()) {
      if (NOT_CASUAL.test(sentence, context.prose.bag())) continue;
      for (const span of CASUAL.matches(sentence, prose.bag())) {
        if (!findings.some((finding) => finding.span.start < span.end && finding.span.end > span.start)) {
          findings.push({ span, message: `${quote(context, span)} is chat language; say it as you would in a business letter.` });
        }
      }
    }
    for (const span of prose.find(EMOJI)) {
      findings.push({ span, message: 'Emoji and emoticons read as casual in a follow-up; let your words carry the warmth instead.', fixes: [{ title: 'Remove the emoji', edits: [{ span, text: '' }] }] });
    }
    const signOff = draft.message.signOff;
    if (signOff && /^cheers$/i.test(signOff.phrase)) {
      const start = signOff.closing.start + signOff.closing.text.indexOf(signOff.phrase);
      const span = { start, end: start + signOff.phrase.length };
      findings.push({ span, message: '“Cheers” is a casual sign-off; close with “Best regards” or “Kind regards” instead.', fixes: [replaceWith(span, 'Best regards')] });
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
