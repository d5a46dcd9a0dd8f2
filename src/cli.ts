import { runCli } from './cli/run';

process.exitCode = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  systemTimeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  clock: () => new Date(),
});
