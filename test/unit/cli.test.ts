import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it, mock } from 'node:test';
import { runCli } from '../../src/cli/run';

const root = resolve(__dirname, '../../..');
const fixtures = join(root, 'test/fixtures/cli');

function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, {
    cwd: fixtures,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    systemTimeZone: () => 'America/New_York',
    clock: () => new Date('2026-11-21T14:00:00Z'),
  });
  return { code, stdout, stderr };
}

interface JsonOutput {
  files: Array<{ path: string; findings: Array<Record<string, unknown>> }>;
}

describe('followup check', () => {
  it('lints folders recursively, skipping node_modules, dot-folders and files that are not drafts', () => {
    const { code, stdout } = run('check', fixtures, '--format', 'json');
    const output = JSON.parse(stdout) as JsonOutput;
    assert.deepEqual(
      output.files.map((file) => file.path),
      ['drafts/bom.md', 'drafts/broken-crlf.md', 'drafts/clean.md', 'drafts/typos.md', 'jsfront.md', 'warnings-only.md'],
    );
    assert.equal(code, 1);
  });

  it('prints findings as JSON with 1-based lines and columns', () => {
    const { stdout } = run('check', 'drafts/typos.md', 'drafts/clean.md', '--format', 'json');
    assert.deepEqual(JSON.parse(stdout), {
      files: [
        {
          path: 'drafts/typos.md',
          findings: [
            {
              rule: 'frontmatter-required',
              severity: 'error',
              message: 'This draft does not say when the interview took place; add a line such as “interviewDate: 2026-11-20T14:30” to the front-matter.',
              line: 1,
              column: 1,
              endLine: 1,
              endColumn: 4,
            },
            {
              rule: 'frontmatter-unknown-key',
              severity: 'warning',
              message: '“interview_date” is not a key this extension reads, so it is ignored; did you mean “interviewDate”?',
              line: 5,
              column: 1,
              endLine: 5,
              endColumn: 15,
            },
            {
              rule: 'frontmatter-value',
              severity: 'error',
              message: '“thankyou” is not a message type; did you mean “thank-you”?',
              line: 6,
              column: 7,
              endLine: 6,
              endColumn: 15,
            },
          ],
        },
        { path: 'drafts/clean.md', findings: [] },
      ],
    });
  });

  it('counts columns after a BOM as an editor does, and reads CRLF files', () => {
    const output = JSON.parse(run('check', 'drafts/bom.md', 'drafts/broken-crlf.md', '--format', 'json').stdout) as JsonOutput;
    const [bom, crlf] = output.files;
    assert.deepEqual(bom.findings.filter((f) => String(f.rule).startsWith('frontmatter-')).map((f) => [f.rule, f.line, f.column, f.endColumn]), [
      ['frontmatter-value', 6, 3, 6],  // the list under `role:`
      ['frontmatter-unknown-key', 7, 1, 4],
    ]);
    assert.deepEqual(crlf.findings.map((f) => [f.rule, f.line, f.column]), [['frontmatter-yaml', 5, 1]]);
  });

  it('prints text like other linters: path:line:col severity rule message', () => {
    const { stdout, stderr, code } = run('check', 'drafts/typos.md');
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[1], 'drafts/typos.md:5:1 warning frontmatter-unknown-key “interview_date” is not a key this extension reads, so it is ignored; did you mean “interviewDate”?');
    assert.match(stderr, /2 errors, 1 warning, 0 notes in 1 draft/);
    assert.equal(code, 1);
  });

  it('exits 0 when only warnings are found, and 0 with no output for a non-draft', () => {
    assert.equal(run('check', 'warnings-only.md').code, 0);
    const readme = run('check', 'README.md', '--format', 'json');
    assert.equal(readme.code, 0);
    assert.deepEqual(JSON.parse(readme.stdout), { files: [] });
  });

  it('applies a --config file (JSON with comments), and warns about what it cannot use', () => {
    const { code, stdout, stderr } = run('check', 'warnings-only.md', '--config', 'config.json');
    assert.equal(code, 1);
    assert.match(stdout, /error frontmatter-unknown-key/);
    assert.match(stderr, /"frontmatter-typo" is not a rule id/);
  });

  it('exits 2 with a clear message on bad usage or an unreadable path', () => {
    const cases: Array<[string[], RegExp]> = [
      [['check', 'missing.md'], /cannot read 'missing.md': no such file or folder/],
      [['check', '--format', 'xml'], /--format must be text or json/],
      [['check', '--time-zone', 'Mars/Base'], /'Mars\/Base' is not a time zone/],
      [['check', '--now', 'tomorrow'], /--now 'tomorrow' is not an ISO date/],
      [['check', '--config', 'bad-config.json'], /the settings file 'bad-config.json' is not valid JSON at line \d+, column \d+; check for a missing comma, quote or bracket there/],
      [['check', '--config', 'none.json'], /cannot read the settings file 'none.json': no such file or folder/],
      [['check', '--config', 'drafts'], /cannot read the settings file 'drafts': it is a folder, not a file/],
      [['lint'], /unknown command 'lint'/],
      [[], /no command given/],
      [['check', '--colour'], /unknown option '--colour'/],
      [['check', '--format'], /--format needs a value/],
      [['check', '--help=yes'], /--help takes no value/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
      // One short line a person can act on: no help text, no system jargon, quotes balanced.
      if (!/cannot read/.test(stderr)) {
        assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
        assert.match(stderr, /; see followup --help\n$/);
      }
      assert.doesNotMatch(stderr, /EISDIR|ENOENT|illegal operation|Usage:|\bat \S+ \(/);
      assert.equal((stderr.match(/'/g) ?? []).length % 2, 0, stderr);
    }
  });

  it('finds exactly the planted mistakes in the bundled examples', () => {
    const { code, stdout } = run('check', join(root, 'examples'), '--format', 'json', '--now', '2026-11-28T09:00');
    const output = JSON.parse(stdout) as JsonOutput;
    const found = output.files.flatMap((file) => file.findings.map((f) => `${file.path.replace(/^.*examples\//, '')}:${f.line} ${f.rule}`));
    assert.deepEqual(found, [
      'initech/2026-11-18-thank-you-priya-nair.md:1 frontmatter-required',
      'initech/2026-11-18-thank-you-priya-nair.md:5 frontmatter-unknown-key',
      'initech/2026-11-18-thank-you-priya-nair.md:6 frontmatter-value',
      'initech/2026-11-19-letter-to-the-panel.md:9 frontmatter-yaml',
    ]);
    assert.equal(output.files.length, 5, 'examples/README.md is not a draft');
    assert.equal(code, 1);
  });

  it('prints help', () => {
    const { code, stdout } = run('--help');
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: followup check/);
  });

  it('runs as the bundled dist/cli.js and never executes ---js front-matter', () => {
    const markerDir = mkdtempSync(join(tmpdir(), 'followup-cli-'));
    try {
      const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', 'jsfront.md', '--format', 'json'], {
        cwd: fixtures,
        env: { ...process.env, FOLLOWUP_JS_MARKER_DIR: markerDir },
        encoding: 'utf8',
      });
      assert.equal(result.status, 1, result.stderr);
      const output = JSON.parse(result.stdout) as JsonOutput;
      assert.equal(output.files[0].findings[0].rule, 'frontmatter-yaml');
      assert.equal(existsSync(join(markerDir, 'executed')), false, 'the ---js front-matter ran');
    } finally {
      rmSync(markerDir, { recursive: true, force: true });
    }
  });

  it('the bundled dist/cli.js loads the full YAML parser from its own file when a front-matter needs it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'followup-cli-yaml-'));
    try {
      // An anchor and a folded value are beyond the flat reader; an unclosed bracket is a YAML error.
      writeFileSync(join(folder, 'anchored.md'), '---\ncompany: &c Initech\nrole: >-\n  Analyst\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T10:00\ntype: thank-you\n---\nDear Dana,\n\nThank you, [Company Name].\n');
      writeFileSync(join(folder, 'broken.md'), '---\ncompany: [Initech\nrole: &r Analyst\n---\nDear Dana,\n');
      const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '.', '--format', 'json', '--now', '2026-11-21T09:00'], { cwd: folder, encoding: 'utf8' });
      assert.equal(result.stderr, '');
      const output = JSON.parse(result.stdout) as JsonOutput;
      const rules = (name: string) => output.files.find((file) => file.path.endsWith(name))!.findings.map((finding) => finding.rule);
      assert.ok(rules('anchored.md').includes('placeholder'));
      assert.ok(!rules('anchored.md').includes('frontmatter-yaml'));
      assert.deepStrictEqual(rules('broken.md'), ['frontmatter-yaml']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('followup due', () => {
  const deadlines = join(root, 'test/fixtures/deadlines');
  const due = (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = runCli(['due', ...args, '--now', '2026-11-21T09:00', '--time-zone', 'America/New_York'], {
      cwd: deadlines,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      systemTimeZone: () => 'UTC',
      clock: () => new Date('2030-01-01T00:00:00Z'),
    });
    return { code, stdout, stderr };
  };

  it('prints what is due as JSON, in the documented shape', () => {
    const { code, stdout } = due('.', '--format', 'json');
    assert.equal(code, 0);
    const output = JSON.parse(stdout);
    assert.deepEqual(output.items, [
      { company: 'Umbrella', role: 'Supply Chain Analyst', kind: 'move-on', due: '2026-11-05', allDay: true, group: 'overdue', draft: null },
      { company: 'Initech', role: 'Product Manager', kind: 'check-in', attempt: 1, due: '2026-11-16', allDay: true, group: 'overdue', draft: 'initech/check-in.md' },
      { company: 'Hooli', role: 'Backend Engineer', kind: 'thank-you', interviewer: 'Gavin Belson', due: '2026-11-19T11:00:00-05:00', allDay: false, group: 'overdue', draft: 'hooli/thank-you.md' },
      { company: 'Globex', role: 'Data Analyst', kind: 'thank-you', interviewer: 'Omar Haddad', due: '2026-11-21T14:30:00-05:00', allDay: false, group: 'today', draft: 'globex/thank-you-omar.md' },
      { company: 'Hooli', role: 'Backend Engineer', kind: 'check-in', attempt: 1, due: '2026-11-25', allDay: true, group: 'this-week', draft: null },
      { company: 'Acme', role: 'Designer', kind: 'check-in', attempt: 1, due: '2026-11-27', allDay: true, group: 'this-week', draft: null },
      { company: 'Globex', role: 'Data Analyst', kind: 'check-in', attempt: 1, due: '2026-11-27', allDay: true, group: 'this-week', draft: null },
    ]);
    // What the text shows, the JSON has too: snoozed items, closed applications and problems.
    assert.deepEqual(output.snoozed, [
      { company: 'Acme', role: 'Designer', kind: 'thank-you', interviewer: 'Wile Coyote', due: '2026-11-21T09:00:00-05:00', allDay: false, group: 'today', draft: 'acme/thank-you.md', comesBack: '2026-11-24' },
    ]);
    assert.deepEqual(output.closed, [{ company: 'Vandelay', role: 'Importer', outcome: 'rejected', drafts: ['vandelay/thank-you.md'] }]);
    assert.deepEqual(output.problems.map((problem: { draft: string }) => problem.draft), ['broken.md']);
    assert.match(output.problems[0].message, /quote or bracket|never closed/);
  });

  it('prints a readable agenda grouped like the sidebar', () => {
    const { stdout } = due();
    const headings = stdout.split('\n').filter((line) => /^\S/.test(line));
    assert.deepEqual(headings, ['Overdue', 'Today', 'This week', 'Snoozed', 'Closed', 'Problems']);
    assert.match(stdout, /Sat 21 Nov 14:30 {2}Thank-you to Omar Haddad · Globex \(Data Analyst\) {2}due in 6 hours {2}globex\/thank-you-omar\.md/);
    // A check-in is due on a day, shown without a time of day nobody chose.
    assert.match(stdout, /\n {2}Wed 25 Nov {2}Check in · Hooli \(Backend Engineer\) {2}due in 4 days {2}\(no draft yet\)\n/);
    assert.match(stdout, /\nSnoozed\n {2}Sat 21 Nov 09:00 {2}Thank-you to Wile Coyote · Acme \(Designer\) {2}back on Tue 24 Nov {2}acme\/thank-you\.md\n/);
    assert.match(stdout, /Vandelay \(Importer\): rejected/);
    assert.match(stdout, /broken\.md: .*never closed|broken\.md: .*quote or bracket/);
  });

  it('writes an iCalendar file', () => {
    const { stdout } = due('--format', 'ics');
    assert.match(stdout, /^BEGIN:VCALENDAR\r\n/);
    assert.equal(stdout.split('BEGIN:VEVENT').length - 1, 7);
  });

  it('refuses, in one sentence, a calendar with a date after the year 9999', () => {
    const folder = mkdtempSync(join(tmpdir(), 'followup-ics-'));
    try {
      writeFileSync(join(folder, 'far.md'), '---\ncompany: Initech\ninterviewer: Priya Nair\ninterviewDate: 9999-12-31T23:00\n---\nDear Priya,\n');
      const { code, stdout, stderr } = due(folder, '--format', 'ics');
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.equal(stderr, 'followup: The calendar cannot hold dates after the year 9999; check the interview date of Initech.\n');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('rejects an unknown format', () => {
    const { code, stderr } = due('--format', 'xml');
    assert.equal(code, 2);
    assert.match(stderr, /--format must be text, json or ics/);
  });
});

/** Runs the command line in a folder of its own. */
function runIn(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli([...args, '--now', '2026-11-21T09:00', '--time-zone', 'America/New_York'], {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    systemTimeZone: () => 'America/New_York',
    clock: () => new Date('2026-11-21T14:00:00Z'),
  });
  return { code, stdout, stderr };
}

const DRAFT = '---\ncompany: Globex\nrole: Data Analyst\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30\n---\nSubject: Thank you: Data Analyst interview\n\nDear Dana,\n\nThank you for your time; I am REALLY keen on the role.\n\nBest regards,\nSam Lee\n';

describe('what the command line reads, whatever is on the disk', () => {
  const withFolder = (body: (folder: string) => void) => {
    const folder = mkdtempSync(join(tmpdir(), 'followup-files-'));
    try {
      body(folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };

  it('refuses a named pipe or a device named on the command line at once, and skips a pipe inside a folder', () => {
    withFolder((folder) => {
      writeFileSync(join(folder, 'a.md'), DRAFT);
      spawnSync('mkfifo', [join(folder, 'pipe.md')]);
      assert.ok(existsSync(join(folder, 'pipe.md')), 'mkfifo made the pipe');
      const piped = runIn(folder, 'check', 'pipe.md');
      assert.equal(piped.code, 2);
      assert.match(piped.stderr, /'pipe\.md' is a named pipe, not a file or a folder, so it was not read/);
      const device = runIn(folder, 'check', '/dev/zero');
      assert.equal(device.code, 2);
      assert.match(device.stderr, /'\/dev\/zero' is a device/);
      const config = runIn(folder, 'check', 'a.md', '--config', '/dev/zero');
      assert.equal(config.code, 2);
      assert.match(config.stderr, /cannot read the settings file '\/dev\/zero': it is a device, not a file/);
      // Inside a folder, the pipe is no draft: the folder is checked without it.
      const all = runIn(folder, 'check', '.', '--format', 'json');
      assert.deepEqual(JSON.parse(all.stdout).files.map((file: { path: string }) => file.path), ['a.md']);
      assert.equal(all.stderr, '');
    });
  });

  it('reports an unreadable folder or file and checks the rest; exits 2 only when nothing could be read', () => {
    withFolder((folder) => {
      mkdirSync(join(folder, 'ok'));
      mkdirSync(join(folder, 'locked'));
      writeFileSync(join(folder, 'ok', 'a.md'), DRAFT);
      writeFileSync(join(folder, 'locked', 'b.md'), DRAFT);
      writeFileSync(join(folder, 'ok', 'c.md'), DRAFT);
      // The tests run as root in CI, where permissions do not stop a read: the refusal is the system's answer, given here.
      const denied = (path: fs.PathLike) => String(path).includes('locked') || String(path).endsWith('c.md');
      const error = () => Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      const readdir = fs.readdirSync;
      const open = fs.openSync;
      mock.method(fs, 'readdirSync', (path: fs.PathLike, options: never) => {
        if (denied(path)) throw error();
        return readdir(path, options);
      });
      mock.method(fs, 'openSync', (path: fs.PathLike, flags: fs.OpenMode) => {
        if (denied(path)) throw error();
        return open(path, flags);
      });
      try {
        const some = runIn(folder, 'check', '.', '--format', 'json');
        assert.deepEqual(JSON.parse(some.stdout).files.map((file: { path: string }) => file.path), ['ok/a.md']);
        assert.match(some.stderr, /cannot read folder 'locked': permission denied/);
        assert.match(some.stderr, /cannot read 'ok\/c\.md': permission denied/);
        assert.equal(some.code, 0, 'a.md was read and has no error');
        const none = runIn(folder, 'check', 'locked');
        assert.equal(none.code, 2);
        assert.match(none.stderr, /cannot read folder 'locked': permission denied/);
      } finally {
        mock.restoreAll();
      }
    });
  });

  it('follows links to drafts and folders inside a folder, once each, even through a link that leads back up', () => {
    withFolder((folder) => {
      mkdirSync(join(folder, 'drafts'));
      mkdirSync(join(folder, 'elsewhere'));
      writeFileSync(join(folder, 'elsewhere', 'linked.md'), DRAFT);
      writeFileSync(join(folder, 'drafts', 'own.md'), DRAFT);
      symlinkSync(join(folder, 'elsewhere', 'linked.md'), join(folder, 'drafts', 'linked.md'));
      symlinkSync(folder, join(folder, 'drafts', 'up'));
      symlinkSync(join(folder, 'nowhere.md'), join(folder, 'drafts', 'broken.md'));
      const { code, stdout, stderr } = runIn(folder, 'check', 'drafts', '--format', 'json');
      const paths = JSON.parse(stdout).files.map((file: { path: string }) => file.path);
      assert.deepEqual(paths, ['drafts/linked.md', 'drafts/own.md', 'drafts/up/elsewhere/linked.md']);
      assert.equal(stderr, '');
      assert.equal(code, 0);
    });
  });

  it('reads UTF-16 drafts with a byte order mark, in either byte order', () => {
    withFolder((folder) => {
      const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DRAFT, 'utf16le')]);
      const big = Buffer.from(little);
      big.swap16();
      writeFileSync(join(folder, 'little.md'), little);
      writeFileSync(join(folder, 'big.md'), big);
      const { stdout } = runIn(folder, 'check', '.', '--format', 'json');
      const files = JSON.parse(stdout).files as Array<{ path: string; findings: Array<{ rule: string; line: number }> }>;
      assert.deepEqual(files.map((file) => file.path), ['big.md', 'little.md']);
      for (const file of files) assert.ok(file.findings.some((finding) => finding.rule === 'shouting' && finding.line === 11), JSON.stringify(file));
    });
  });

  it('never sends a control character in a draft to the terminal: an escape sequence in a name is shown escaped', () => {
    withFolder((folder) => {
      const sneaky = DRAFT.replace('company: Globex', 'company: "Glob\\e[31mex\\a"').replace('Dear Dana,', 'Dear Dana,\n\nI work at Glob\u001b[31mex now.');
      writeFileSync(join(folder, 'a.md'), sneaky);
      writeFileSync(join(folder, 'b\u001b[2Jc.md'), DRAFT.replace('Thank you for your time;', 'Please reply by Friday;'));
      for (const command of ['check', 'due']) {
        const { stdout, stderr } = runIn(folder, command, '.');
        // eslint-disable-next-line no-control-regex -- what must never be printed
        assert.doesNotMatch(stdout + stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, command);
        assert.match(stdout, /\\x1b/, command);
      }
    });
  });
});
