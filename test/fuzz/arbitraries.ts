// Generators for the property tests: drafts that are well formed, broken, hostile or huge,
// dates and zones, and configurations of every shape.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { KNOWN_KEYS, MESSAGE_TYPES, OUTCOMES, PACES } from '../../src/core/schema';
import { RULE_IDS } from '../../src/core/rules';

// npm test runs the same cases every time (a fixed seed keeps main green and failures
// reproducible); npm run fuzz (FUZZ_SCALE set) explores new ones, or FUZZ_SEED's again.
if (process.env.FUZZ_SEED || !process.env.FUZZ_SCALE) fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20261122) });

/** How many cases each property runs: a few hundred in `npm test`, `FUZZ_SCALE` times more in `npm run fuzz`. */
export function runs(base: number): number {
  const scale = Number(process.env.FUZZ_SCALE ?? 1);
  return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

export const EOLS = ['\n', '\r\n', '\r'] as const;

const ZONES = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Etc/GMT+12', 'UTC'];
/** Real zones (odd offsets, half hours, the date line) and names that are not zones at all. */
export const timeZone = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ZONES) },
  { weight: 1, arbitrary: fc.constantFrom('', 'Mars/Olympus', 'UTC+25', '../etc/passwd', 'america/new_york', 'EST5EDT', 'Local') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
export const validTimeZone = fc.constantFrom(...ZONES);

/** A moment between 1970 and 2100, in a zone. */
export const moment = fc
  .tuple(fc.integer({ min: 0, max: 4102444800000 }), validTimeZone)
  .map(([millis, zone]) => DateTime.fromMillis(millis, { zone }));

/** Date values as people write them, and as they mistype them. */
export const dateValue = fc.oneof(
  moment.map((at) => at.toFormat("yyyy-MM-dd'T'HH:mm")),
  moment.map((at) => at.toFormat('yyyy-MM-dd')),
  moment.map((at) => at.toISO() ?? ''),
  fc.constantFrom('2026-02-30', '2026-11-20T25:61', '+275760-09-13', '-000001-01-01', '2026-13-01', '20/11/2026', 'yesterday', 'Nov 20', '2026-11-20 14:30', '2026-11-20T14:30:00.000+99:00', '0000-00-00', '9999-12-31T23:59'),
  fc.string({ maxLength: 30 }),
);

const word = fc.constantFrom('Globex', 'Initech', 'Dana', 'Whitfield', 'Omar', 'salary', 'Data Analyst', 'thank', 'you', 'really', 'need', 'this', 'job', 'TODO', 'recieve', 'the', 'the', 'interview');

/** A scalar the way YAML may spell it: plain, quoted, escaped, typed, anchored or aliased. */
const yamlScalar = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')) },
  { weight: 2, arbitrary: dateValue },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((text) => JSON.stringify(text)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((text) => `'${text.replace(/'/g, "''")}'`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '"unclosed',
      "'unclosed",
      '[a, b',
      '{a: 1',
      '&anchor value',
      '*anchor',
      '*missing',
      '!!js/function "function () { globalThis.fuzzPwned = true }"',
      '!!js/regexp /x/',
      '!!binary aGVsbG8=',
      '!!timestamp 2026-11-20',
      '!!int 12',
      '|',
      '>-',
      '~',
      'null',
      'true',
      '0x1F',
      '.inf',
      '@at',
      '`tick',
      '%percent',
      'a: b: c',
      '- item',
      '? complex',
      'Dana, Omar',
      '\u0000\u0007\u001b[31m',
      '\ufeff',
      '\u2028\u2029',
    ),
  },
);

/** A value: a scalar, a flow or block list, a flow map, or a deep nest. */
const yamlValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: yamlScalar },
  { weight: 2, arbitrary: fc.array(yamlScalar, { maxLength: 4 }).map((items) => `[${items.join(', ')}]`) },
  { weight: 1, arbitrary: fc.array(yamlScalar, { maxLength: 3 }).map((items) => `{${items.map((item, i) => `k${i}: ${item}`).join(', ')}}`) },
  { weight: 1, arbitrary: fc.array(yamlScalar, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `\n  - ${item}`).join('')) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((depth) => `${'['.repeat(depth)}x${']'.repeat(depth)}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map((depth) => Array.from({ length: depth }, (_, i) => `\n${'  '.repeat(i + 1)}k:`).join('') + ' x') },
);

/** The billion-laughs family: each level refers to the previous one many times. */
const aliasBomb = fc.tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 10 })).map(([levels, width]) => {
  const lines = ['a0: &a0 "lol"'];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(', ')}]`);
  lines.push(`company: *a${levels - 1}`);
  return lines;
});

const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KNOWN_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom('interview_date', 'Company', 'interviewers', 'compnay', '"company"', "'type'", '? company', '<<', '__proto__', 'constructor') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A value that suits its key, so that many cases get past the front-matter checks. */
function plausible(name: string): fc.Arbitrary<string> {
  switch (name) {
    case 'type':
      return fc.constantFrom(...MESSAGE_TYPES, 'thankyou', 'email');
    case 'outcome':
      return fc.constantFrom(...OUTCOMES, 'ghosted');
    case 'pace':
      return fc.constantFrom(...PACES, 'quick');
    case 'interviewDate':
    case 'sent':
    case 'decisionDate':
    case 'snoozedUntil':
      return dateValue;
    case 'interviewer':
      return fc.constantFrom('Dana Whitfield', '[Dana Whitfield, Omar Haddad]', '\n  - Dana Whitfield\n  - Omar Haddad', 'Ms. Dana Whitfield', '');
    case 'company':
      return fc.constantFrom('Globex', 'Initech', 'Globex Inc.', '[Company Name]', '');
    default:
      return yamlValue;
  }
}

const frontMatterLine = fc.oneof(
  { weight: 8, arbitrary: key.chain((name) => fc.tuple(fc.constant(name), fc.oneof(plausible(name), yamlValue))) .map(([name, value]) => `${name}: ${value}`) },
  { weight: 1, arbitrary: fc.tuple(key, fc.constantFrom(':', ' :', ':\t', '::', '=')).map(([name, sep]) => `${name}${sep}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '# a comment', '   ', '\t', '---', '...', '- stray item', '  indented: yes', 'company: Globex # trailing comment', 'company: Globex   ') },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

const OPENERS = ['---', '---', '---', '---js', '---javascript', '--- yaml', '---yaml', '---coffee', '---json', '----', ' ---', '---  ', '+++', '--- '];
const CLOSERS = ['---', '---', '---', '...', '----', ' ---', '---  ', ''];

/** One line of a message body, from ordinary to hostile. */
const bodyLine = fc.oneof(
  { weight: 6, arbitrary: fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => `${words.join(' ')}.`) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Subject: Thank you: Data Analyst interview at Globex',
      'Subject:',
      'Dear Dana,',
      'Hey Dana Whitfeld,',
      'Dear [Interviewer Name],',
      'I haven’t heard back from you yet.',
      'I am writing to follow up on my application.',
      'What is the salary range and the benefits?',
      'I really need this job, please.',
      'Please get back to me by Friday.',
      'Thanks for considering Initech Corp.',
      '[Company Name] <Job Title> {{name}} TODO',
      '<!-- followup-disable-next-line salary -->',
      '<!-- followup-disable -->',
      '<!-- followup-enable -->',
      '<!-- unclosed comment',
      '```',
      '    indented code',
      '> a quote',
      '- [ ] a task',
      '[a link](https://example.com/x) and ![an image](x.png)',
      'Best regards,',
      'Sincerely,',
      'Sam Lee',
      '',
      '',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.tuple(word, fc.integer({ min: 100, max: 20000 })).map(([w, n]) => `${w} `.repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', '!', '.', ' ', '[', '(', '*', '_', '\t', 'é'), fc.integer({ min: 1000, max: 60000 })).map(([c, n]) => c.repeat(n)) },
);

const eol = fc.constantFrom(...EOLS);

/** A Markdown text: maybe a BOM, maybe front-matter (well formed or not), a body, mixed line endings. */
export const draftText: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    opener: fc.option(fc.constantFrom(...OPENERS), { freq: 8 }),
    lines: fc.oneof({ weight: 8, arbitrary: fc.array(frontMatterLine, { maxLength: 12 }) }, { weight: 1, arbitrary: aliasBomb }),
    closer: fc.constantFrom(...CLOSERS),
    body: fc.array(bodyLine, { maxLength: 16 }),
    eols: fc.array(eol, { minLength: 1, maxLength: 3 }),
  })
  .map(({ bom, opener, lines, closer, body, eols }) => {
    const all = opener === null ? body : [opener, ...lines, closer, ...body];
    return (bom ? '\ufeff' : '') + all.map((line, i) => line + eols[i % eols.length]).join('');
  });

/** The project's own drafts, good and bad, to mutate. */
function seedDrafts(): string[] {
  const root = join(__dirname, '../../..');
  const folders = ['test/fixtures/etiquette/clean', 'test/fixtures/etiquette/faulty', 'test/fixtures/screenshots/follow-ups', 'examples/globex', 'examples/initech'];
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(root, folder, name), 'utf8')),
  );
}
let seeds: string[] | undefined;

type Mutation = { at: number; kind: 'insert' | 'delete' | 'replace' | 'duplicate'; text: string; length: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'delete', 'replace', 'duplicate'),
  text: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r', '---', ':', '"', "'", '[', '{', '&a', '*a', '#', '\t', '\u0000', '\ufeff', '- ')),
  length: fc.integer({ min: 0, max: 40 }),
});

function mutate(text: string, { at, kind, text: inserted, length }: Mutation): string {
  const i = text.length === 0 ? 0 : at % (text.length + 1);
  switch (kind) {
    case 'insert':
      return text.slice(0, i) + inserted + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(i + length);
    case 'replace':
      return text.slice(0, i) + inserted + text.slice(i + inserted.length);
    case 'duplicate':
      return text.slice(0, i) + text.slice(i, i + length) + text.slice(i);
  }
}

/** A real draft with a few random edits: the shapes a user passes through while typing. */
export const mutatedDraft: fc.Arbitrary<string> = fc
  .tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([pick, mutations]) => {
    seeds ??= seedDrafts();
    return mutations.reduce(mutate, seeds[pick % seeds.length]);
  });

/** Any text a draft file may hold. */
export const anyDraft = fc.oneof({ weight: 3, arbitrary: draftText }, { weight: 2, arbitrary: mutatedDraft });

/** A configuration as a user may write it: mostly plausible, often with wrong types. */
export const configValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        rules: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...RULE_IDS), fc.string()), fc.oneof(fc.constantFrom('off', 'information', 'warning', 'error', 'warn'), fc.jsonValue())), fc.jsonValue()),
        wordLimits: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...MESSAGE_TYPES), fc.string()), fc.oneof(fc.integer({ min: -10, max: 10000 }), fc.jsonValue())), fc.jsonValue()),
        cadenceDays: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...PACES), fc.string()), fc.oneof(fc.integer({ min: -10, max: 200 }), fc.double())), fc.jsonValue()),
        thankYouHours: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double(), fc.jsonValue()),
        maxFollowUps: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.jsonValue()),
        skipWeekends: fc.oneof(fc.boolean(), fc.jsonValue()),
        timeZone: fc.oneof(timeZone, fc.jsonValue()),
        signature: fc.oneof(fc.string(), fc.jsonValue()),
        spelling: fc.oneof(fc.record({ words: fc.oneof(fc.array(fc.string()), fc.jsonValue()) }), fc.jsonValue()),
        compnay: fc.jsonValue(),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: fc.anything() },
);

/** Characters a terminal or an editor may act on: C0 and C1 controls, escape sequences, bidi overrides. */
const CONTROLS = ['\u0000', '\u0007', '\u0008', '\u001b[31m', '\u001b]0;title\u0007', '\u009b2J', '\u007f', '\u202e', '\u2028', '\r', '\v', '\f'];
const controlText = fc.array(fc.oneof(fc.constantFrom(...CONTROLS), fc.constantFrom('Globex', 'Dana', ' ', 'é', 'REALLY')), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const HEAD = 'company: Globex\nrole: Data Analyst\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30';
const BODY = 'Subject: Thank you: Data Analyst interview\n\nDear Dana,\n\nThank you for your time. What is the salary range? I am REALLY keen.\n\nBest regards,\nSam Lee\n';
const TAGS = ['!!null', '!!str', '!!int', '!!bool', '!!float', '!!timestamp', '!!binary', '!custom', '!<tag:yaml.org,2002:str>', '!!seq', '!!map'];

/**
 * The classes of hostile file that once crashed, hung or flooded the engine (issue 15): huge
 * names, huge front-matter, huge drafts, control characters, front-matter in braces, and tags.
 */
export const hostileDraft: fc.Arbitrary<string> = fc.oneof(
  // A name, a title or a subject of thousands of characters, as words or one run.
  fc
    .record({ key: fc.constantFrom('company', 'role', 'interviewer', 'subject'), unit: fc.constantFrom('A', 'Initech ', 'Dana ', 'Data Analyst ', 'Ó ', '-', "'s "), count: fc.integer({ min: 200, max: 9000 }) })
    .map(({ key, unit, count }) => {
      const line = `${key}: ${unit.repeat(count).trim()}`;
      const head = new RegExp(`^${key}: .*$`, 'm').test(HEAD) ? HEAD.replace(new RegExp(`^${key}: .*$`, 'm'), line) : `${HEAD}\n${line}`;
      return `---\n${head}\n---\n${BODY}`;
    }),
  // A front-matter of many keys, one huge key or value, or many interviewers.
  fc.oneof(
    fc.integer({ min: 500, max: 9000 }).map((count) => `---\n${HEAD}\n${Array.from({ length: count }, (_, i) => `k${i}: v${i}`).join('\n')}\n---\n${BODY}`),
    fc.integer({ min: 1000, max: 80_000 }).map((size) => `---\n${HEAD}\n${'k'.repeat(size)}: v\n---\n${BODY}`),
    fc.integer({ min: 20, max: 3000 }).map((count) => `---\n${HEAD.replace('interviewer: Dana Whitfield', `interviewer:\n${Array.from({ length: count }, (_, i) => `  - Dana Whitfield ${i}`).join('\n')}`)}\n---\n${BODY}`),
  ),
  // A large message: repeated paragraphs, one long line, one long word.
  fc.record({ unit: fc.constantFrom(BODY, 'word ', 'a', 'REALLY ', 'Dr. ', '[Company Name] ', '<!-- ', '```\n', '> ', '- item\n'), size: fc.integer({ min: 10_000, max: 400_000 }) }).map(({ unit, size }) => `---\n${HEAD}\n---\n${unit.repeat(Math.ceil(size / unit.length))}`),
  // Control characters in the names, the subject and the message.
  fc.tuple(controlText, controlText, controlText).map(([company, subject, line]) => `---\ncompany: "${company.replace(/["\\]/g, '')}"\nrole: Data Analyst\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30\n---\nSubject: ${subject}\n\nDear Dana,\n\n${line} Thank you.\n\nBest regards,\nSam Lee\n`),
  // A front-matter in braces, on one line or several.
  fc.record({ multiline: fc.boolean(), sent: fc.boolean() }).map(({ multiline, sent }) => `---\n{company: Globex,${multiline ? '\n ' : ' '}interviewer: Dana Whitfield,${multiline ? '\n ' : ' '}interviewDate: 2026-11-20T14:30${sent ? ', sent: 2026-11-21' : ''}}\n---\n${BODY}`),
  // Tags on any value.
  fc.record({ key: fc.constantFrom('company', 'interviewer', 'interviewDate', 'sent', 'snoozedUntil', 'type'), tag: fc.constantFrom(...TAGS), value: fc.constantFrom('', 'Globex', '2026-11-21', '12', '[a, b]') }).map(({ key, tag, value }) => {
    const line = `${key}: ${tag}${value ? ` ${value}` : ''}`;
    const head = new RegExp(`^${key}: .*$`, 'm').test(HEAD) ? HEAD.replace(new RegExp(`^${key}: .*$`, 'm'), line) : `${HEAD}\n${line}`;
    return `---\n${head}\n---\n${BODY}`;
  }),
);
