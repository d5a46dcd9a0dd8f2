import { countOf } from '../core/wording';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import {
  CalendarError,
  computeSchedule,
  Dictionary,
  DICTIONARY_FILES,
  describeDue,
  formatDue,
  DraftIndex,
  GROUP_ORDER,
  itemTitle,
  toICalendar,
  type Draft,
  type DueGroup,
  type DueItem,
  formatDay,
  type ResolvedConfig,
  isValidTimeZone,
  LineMap,
  decodeText,
  lintDraft,
  parseDraft,
  readConfigText,
  resolveConfig,
  mergeConfig,
  readCspellWords,
  CSPELL_FILES,
  summarize,
  type Config,
  type Finding,
} from '../core';
import { collectMarkdownFiles, describe, specialKind, UnreadablePathError } from './files';

/** Where the CLI writes, and what it needs from the process, so tests can run it in memory. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The system's time zone and clock, read only here, at the edge. */
  readonly systemTimeZone: () => string;
  readonly clock: () => Date;
}

export const USAGE = `Usage: followup check [PATH...] [options]
       followup due [PATH...] [options]

check  Checks interview follow-up drafts for etiquette mistakes.
due    Lists what is due: thank-yous, check-ins, and when to move on.

Drafts are Markdown files whose front-matter names a company, an interviewer
or an interview date. Folders are searched for *.md files (node_modules and
dot-folders are skipped). Other files are left alone.

Options:
  --format FORMAT      check: text or json; due: text, json or ics (default: text)
  --now ISO            the moment to check at (default: now)
  --time-zone IANA     zone of dates written without an offset (default: this computer's)
  --config FILE        settings and rule levels (default: .followuprc.json in the
                       first folder checked, or in the current folder)
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 when no error is found, 1 when one is, 2 on bad usage or an unreadable path.
`;

declare const __VERSION__: string;

class UsageError extends Error {}

interface FileReport {
  path: string;
  findings: Array<{
    rule: string;
    severity: string;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
  }>;
}

function toReport(path: string, text: string, findings: readonly Finding[]): FileReport {
  const lines = new LineMap(text);
  return {
    path,
    findings: findings.map((finding) => {
      const start = lines.positionAt(finding.span.start);
      const end = lines.positionAt(finding.span.end);
      return {
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
      };
    }),
  };
}

/** `.followuprc.json` in the folder checked (or the folder of the file checked), else in the current folder. */
function discoverConfig(target: string, cwd: string): string | undefined {
  let folder = target;
  try {
    if (!statSync(target).isDirectory()) folder = dirname(target);
  } catch {
    folder = cwd;
  }
  return [join(folder, '.followuprc.json'), join(cwd, '.followuprc.json')].find((file) => existsSync(file));
}

/** The words of Code Spell Checker's cspell.json in the folder checked and in the current folder. */
function cspellWordsNear(target: string, cwd: string): string[] {
  let folder = target;
  try {
    if (!statSync(target).isDirectory()) folder = dirname(target);
  } catch {
    folder = cwd;
  }
  const files = [...new Set([folder, cwd])].flatMap((dir) => CSPELL_FILES.map((file) => join(dir, file)));
  return files.flatMap((file) => (existsSync(file) ? readCspellWords(readFileSync(file, 'utf8')) : []));
}

/** The largest settings file read: a few lines are all it takes. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** The largest file read as a draft; a larger one is reported, not read (a draft is a few KB). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The bytes of a regular file, read through one descriptor so that what was checked is what is
 * read: a pipe, a device or a socket is refused before anything is read, as is a file larger
 * than `limit`. Throws UnreadablePathError with the end of a sentence.
 */
function readRegularFile(path: string, limit: number): Buffer {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    throw new UnreadablePathError(describe(error));
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw new UnreadablePathError('it is a folder, not a file');
    const special = specialKind(stats);
    if (special) throw new UnreadablePathError(`it is ${special}, not a file`);
    if (stats.size > limit) throw new UnreadablePathError(`it is ${(stats.size / 1024 / 1024).toFixed(1)} MB, too large to be a draft or a settings file`);
    const bytes = Buffer.alloc(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(descriptor, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    return bytes.subarray(0, read);
  } catch (error) {
    throw error instanceof UnreadablePathError ? error : new UnreadablePathError(describe(error));
  } finally {
    closeSync(descriptor);
  }
}

function loadConfig(file: string, io: CliIo): Config {
  let text: string;
  try {
    text = decodeText(readRegularFile(resolve(io.cwd, file), MAX_CONFIG_BYTES));
  } catch (error) {
    throw new UnreadablePathError(`cannot read the settings file '${file}': ${(error as Error).message}`);
  }
  const reading = readConfigText(text);
  const at = reading.syntaxError;
  if (at) throw new UsageError(`the settings file '${file}' is not valid JSON at line ${at.line + 1}, column ${at.character + 1}; check for a missing comma, quote or bracket there`);
  for (const problem of reading.problems) io.stderr(`followup: ${file}: ${problem}\n`);
  return reading.config;
}

type Values = Record<string, string | boolean | undefined>;

/** The drafts among the paths given, parsed once, with the settings, zone and moment to use. */
interface Workspace {
  readonly files: readonly string[];
  readonly drafts: ReadonlyArray<{ file: string; draft: Draft }>;
  readonly index: DraftIndex;
  readonly config: ResolvedConfig;
  readonly timeZone: string;
  readonly now: DateTime;
  readonly unreadable: readonly string[];
  /** Pipes, devices and sockets named on the command line. */
  readonly refused: readonly string[];
  /** How many files were read. */
  readonly read: number;
  readonly shown: (file: string) => string;
}

function loadWorkspace(paths: readonly string[], values: Values, io: CliIo): Workspace {
  const targets = (paths.length > 0 ? paths : ['.']).map((path) => resolve(io.cwd, path));
  const configFile = (values.config as string | undefined) ?? discoverConfig(targets[0], io.cwd);
  const config = resolveConfig(mergeConfig(configFile ? loadConfig(configFile, io) : {}, { spelling: { words: cspellWordsNear(targets[0], io.cwd) } }));

  const timeZone = (values['time-zone'] as string | undefined) ?? config.timeZone ?? io.systemTimeZone();
  if (!isValidTimeZone(timeZone)) throw new UsageError(`'${timeZone}' is not a time zone; use an IANA name such as America/New_York`);

  let now = DateTime.fromJSDate(io.clock()).setZone(timeZone);
  if (values.now !== undefined) {
    now = DateTime.fromISO(values.now as string, { zone: timeZone });
    if (!now.isValid) throw new UsageError(`--now '${values.now}' is not an ISO date, such as 2026-11-21T09:00`);
  }

  // Paths below the current folder relative to it, others as they are.
  const shown = (file: string) => {
    const near = relative(io.cwd, file);
    return near === '' ? '.' : near.startsWith('..') ? file : near.split(sep).join('/');
  };
  const collected = collectMarkdownFiles(targets, shown);
  const files = collected.files;
  const unreadable = [...collected.unreadable];
  const drafts: Array<{ file: string; draft: Draft }> = [];
  const index = new DraftIndex();
  let read = 0;
  for (const file of files) {
    let text: string;
    try {
      text = decodeText(readRegularFile(file, MAX_FILE_BYTES));
    } catch (error) {
      unreadable.push(`cannot read '${shown(file)}': ${(error as Error).message}`);
      continue;
    }
    read++;
    const draft = parseDraft(text, { timeZone });
    if (!draft.isDraft) continue;
    index.set(file, summarize(file, draft));
    drafts.push({ file, draft });
  }
  return { files, drafts, index, config, timeZone, now, unreadable, refused: collected.refused, read, shown };
}

/**
 * Reports what could not be read, and the exit status: 2 when a pipe, a device or a socket was
 * named, or when nothing could be read at all; otherwise the status of what was checked.
 */
function finish(workspace: Workspace, io: CliIo, status: number): number {
  for (const message of [...workspace.refused, ...workspace.unreadable]) io.stderr(`followup: ${printable(message)}\n`);
  if (workspace.refused.length > 0) return 2;
  return workspace.unreadable.length > 0 && workspace.read === 0 ? 2 : status;
}

/**
 * Text for a terminal: control characters (an escape sequence in a company's name, a bell)
 * are shown as \\x1b and the like, never sent to the terminal as they are.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are what is escaped
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

let loadedDictionary: Dictionary | null | undefined;

/**
 * The spelling dictionary the build puts beside the program (dist/dictionary), read once; when
 * the tests run the command from their own folder, the one in dist/. Without it, spelling knows
 * only the common misspellings.
 */
function dictionary(): Dictionary | undefined {
  if (loadedDictionary === undefined) {
    const folder = [join(__dirname, 'dictionary'), join(__dirname, '..', '..', '..', 'dist', 'dictionary')].find((candidate) => existsSync(join(candidate, DICTIONARY_FILES[0])));
    loadedDictionary = folder ? new Dictionary(DICTIONARY_FILES.map((file) => readFileSync(join(folder, file)))) : null;
  }
  return loadedDictionary ?? undefined;
}

function check(paths: readonly string[], values: Values, io: CliIo): number {
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not '${format}'`);
  const workspace = loadWorkspace(paths, values, io);
  const { now, timeZone, config, index } = workspace;
  const reports: FileReport[] = workspace.drafts.map(({ file, draft }) => {
    const findings = lintDraft(draft, { now, timeZone, config, workspace: index, key: file, dictionary: dictionary() });
    return toReport(workspace.shown(file), draft.text, findings);
  });

  const all = reports.flatMap((report) => report.findings);
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ files: reports }, null, 2)}\n`);
  } else {
    for (const report of reports) {
      for (const f of report.findings) {
        io.stdout(`${printable(`${report.path}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`)}\n`);
      }
    }
    const count = (severity: string) => all.filter((f) => f.severity === severity).length;
    io.stderr(
      `${countOf(count('error'), 'error')}, ${countOf(count('warning'), 'warning')}, ` +
        `${countOf(count('information'), 'note')} in ${countOf(reports.length, 'draft')} ` +
        `(${countOf(workspace.files.length, 'Markdown file')} checked)\n`,
    );
  }
  return finish(workspace, io, all.some((f) => f.severity === 'error') ? 1 : 0);
}

const GROUP_TITLES: Record<DueGroup, string> = {
  overdue: 'Overdue',
  today: 'Today',
  'this-week': 'This week',
  later: 'Later',
  waiting: 'Waiting',
};

function due(paths: readonly string[], values: Values, io: CliIo): number {
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'ics') throw new UsageError(`--format must be text, json or ics, not '${format}'`);
  const workspace = loadWorkspace(paths, values, io);
  const { now, timeZone, config } = workspace;
  const schedule = computeSchedule(workspace.index.all(), { now, timeZone, config });
  const shownItem = (item: DueItem) => ({
    company: item.company,
    role: item.role ?? null,
    kind: item.kind,
    ...(item.kind === 'thank-you' ? { interviewer: item.interviewer } : {}),
    ...(item.kind === 'check-in' ? { attempt: item.attempt } : {}),
    // A check-in is due on a day, a thank-you at a moment (DOMAIN.md §4.7).
    due: item.allDay ? item.due.toISODate() : item.due.toISO({ suppressMilliseconds: true }),
    allDay: item.allDay,
    group: item.group,
    draft: item.draft ? workspace.shown(item.draft) : null,
    ...(item.comesBack ? { comesBack: item.comesBack.toISODate() } : {}),
  });
  if (format === 'ics') {
    let calendar: string;
    try {
      calendar = toICalendar(schedule.items, { now, timeZone });
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      io.stderr(`followup: ${printable(error.message)}\n`);
      return 2;
    }
    io.stdout(calendar);
  } else if (format === 'json') {
    const result = {
      items: schedule.items.map(shownItem),
      snoozed: schedule.snoozed.map(shownItem),
      closed: schedule.closed.map((application) => ({
        company: application.company,
        role: application.role ?? null,
        outcome: application.outcome,
        drafts: application.drafts.map(workspace.shown),
      })),
      problems: schedule.problems.map((problem) => ({ draft: workspace.shown(problem.key), message: problem.message })),
    };
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    const line = (item: DueItem, when: string) => {
      const where = item.draft ? `  ${workspace.shown(item.draft)}` : item.kind === 'move-on' ? '' : '  (no draft yet)';
      return `  ${formatDue(item)}  ${itemTitle(item)}  ${when}${where}`;
    };
    for (const group of GROUP_ORDER) {
      const items = schedule.items.filter((item) => item.group === group);
      if (items.length === 0) continue;
      lines.push(GROUP_TITLES[group]);
      for (const item of items) lines.push(line(item, describeDue(item, now)));
      lines.push('');
    }
    if (schedule.snoozed.length > 0) {
      lines.push('Snoozed');
      for (const item of schedule.snoozed) lines.push(line(item, `back on ${formatDay(item.comesBack!)}`));
      lines.push('');
    }
    if (schedule.closed.length > 0) {
      lines.push('Closed');
      for (const application of schedule.closed) lines.push(`  ${application.company}${application.role ? ` (${application.role})` : ''}: ${application.outcome}`);
      lines.push('');
    }
    if (schedule.problems.length > 0) {
      lines.push('Problems');
      for (const problem of schedule.problems) lines.push(`  ${workspace.shown(problem.key)}: ${problem.message}`);
      lines.push('');
    }
    if (lines.length === 0) lines.push('Nothing is due: no follow-up drafts were found.', '');
    io.stdout(lines.map(printable).join('\n'));
  }
  return finish(workspace, io, 0);
}

/** Runs the `followup` command line; returns the exit status. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
    } catch (error) {
      throw new UsageError(usageProblem(error, argv));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (values.version) {
      io.stdout(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
      return 0;
    }
    const [command, ...paths] = positionals;
    if (command === undefined) throw new UsageError('no command given; use check or due');
    if (command === 'check') return check(paths, values, io);
    if (command === 'due') return due(paths, values, io);
    throw new UsageError(`unknown command '${command}'; use check or due`);
  } catch (error) {
    if (error instanceof UnreadablePathError) {
      io.stderr(`followup: ${printable(error.message)}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`followup: ${printable(error.message)}; see followup --help\n`);
      return 2;
    }
    throw error;
  }
}

const OPTIONS = {
  format: { type: 'string' },
  now: { type: 'string' },
  'time-zone': { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** One short sentence for what `parseArgs` refused, in place of its own. */
function usageProblem(error: unknown, argv: readonly string[]): string {
  const code = (error as NodeJS.ErrnoException).code;
  const options = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length).filter((arg) => arg.startsWith('-') && arg !== '-');
  const known = (arg: string) => {
    const name = arg.startsWith('--') ? arg.slice(2).split('=')[0] : arg.slice(1);
    return arg.startsWith('--') ? name in OPTIONS : Object.values(OPTIONS).some((option) => 'short' in option && [...name].every((letter) => letter === option.short));
  };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const unknown = options.find((arg) => !known(arg));
    return `unknown option ${unknown ? `'${unknown.split('=')[0]}'` : ''}`.trim();
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = Object.keys(OPTIONS).find((option) => (error as Error).message.includes(`--${option}`));
    return name && (OPTIONS as Record<string, { type: string }>)[name].type === 'string' ? `--${name} needs a value` : `${name ? `--${name}` : 'an option'} takes no value`;
  }
  return 'the options could not be read';
}
