import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../src/core/rules';

const root = resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const versionOf = (range: string) => range.replace(/^[\^~>=]+/, '').split('.').map(Number);
const notNewer = (a: number[], b: number[]) => a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2])));

describe('package.json', () => {
  it('supports untrusted workspaces and depends on no other extension', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.extensionDependencies, undefined);
  });

  it('targets a VS Code no newer than @types/vscode', () => {
    assert.ok(notNewer(versionOf(manifest.engines.vscode), versionOf(manifest.devDependencies['@types/vscode'])));
  });

  it('activates on Markdown and ships the bundle and the CLI', () => {
    assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.bin.followup, 'dist/cli.js');
  });

  it('pins every dependency exactly', () => {
    for (const [name, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
      assert.match(String(version), /^\d+\.\d+\.\d+$/, `${name} is not pinned`);
    }
  });

  it('gives every setting a scope, a default and a markdownDescription', () => {
    for (const [name, setting] of Object.entries<Record<string, unknown>>(manifest.contributes.configuration.properties)) {
      assert.ok(setting.scope, `${name} has no scope`);
      assert.ok('default' in setting, `${name} has no default`);
      assert.ok(setting.markdownDescription, `${name} has no markdownDescription`);
    }
  });
});

describe('walkthrough and commands', () => {
  it('gives every walkthrough step its media and a completion event, and links only commands that exist', () => {
    const commands = new Set(manifest.contributes.commands.map((command: { command: string }) => command.command));
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.ok(walkthrough.steps.length >= 4 && walkthrough.steps.length <= 5);
    for (const step of walkthrough.steps) {
      assert.ok(existsSync(join(root, step.media.markdown)), step.media.markdown);
      assert.ok(step.completionEvents.length > 0, step.id);
      for (const [, command] of String(step.description).matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commands.has(command), command);
      for (const event of step.completionEvents) {
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        if (command) assert.ok(commands.has(command), command);
      }
    }
  });

  it('lists in the palette only commands that are contributed', () => {
    const commands = new Set(manifest.contributes.commands.map((command: { command: string }) => command.command));
    for (const menu of Object.values<Array<{ command: string }>>(manifest.contributes.menus)) {
      for (const entry of menu) assert.ok(commands.has(entry.command), entry.command);
    }
  });
});

describe('settings and schema follow the rule registry', () => {
  it('lists every rule, with its default level, in followup.rules and in the .followuprc.json schema', () => {
    const setting = manifest.contributes.configuration.properties['followup.rules'].properties;
    const schema = JSON.parse(readFileSync(join(root, 'schemas/followuprc.schema.json'), 'utf8')).properties.rules.properties;
    assert.deepEqual(Object.keys(setting), RULES.map((rule) => rule.id));
    assert.deepEqual(Object.keys(schema), RULES.map((rule) => rule.id));
    for (const rule of RULES) assert.match(setting[rule.id].markdownDescription, new RegExp(`Default: \`${rule.defaultSeverity}\``), rule.id);
  });

  it('documents every rule in docs/rules, and the internal-error finding', () => {
    const docs = readdirSync(join(root, 'docs/rules'));
    const ids = Object.keys(manifest.contributes.configuration.properties['followup.rules'].properties);
    assert.deepEqual(docs.map((file) => file.replace(/\.md$/, '')).sort(), [...ids, 'internal-error'].sort());
  });
});

describe('src/core', () => {
  it('never imports vscode', () => {
    const files = readdirSync(join(root, 'src/core'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 5);
    for (const file of files) {
      const text = readFileSync(join(root, 'src/core', file), 'utf8');
      assert.doesNotMatch(text, /from ['"]vscode['"]|require\(['"]vscode['"]\)/, file);
    }
  });
});
