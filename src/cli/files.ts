import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED_FOLDERS = new Set(['node_modules']);

/** Thrown for a path the user named that cannot be read; the CLI exits with 2. */
export class UnreadablePathError extends Error {}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function walk(folder: string, found: string[], shown: (path: string) => string): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new UnreadablePathError(`cannot read folder '${shown(folder)}': ${describe(error)}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(path, found, shown);
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
      found.push(path);
    }
  }
}

/**
 * The Markdown files to check: each file named, and every `*.md` below each folder named,
 * skipping `node_modules` and dot-folders. Symbolic links to folders are not followed, so a
 * link cycle cannot hang the walk.
 */
export function collectMarkdownFiles(paths: readonly string[], shown: (path: string) => string = (path) => path): string[] {
  const found: string[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      throw new UnreadablePathError(`cannot read '${shown(path)}': ${describe(error)}`);
    }
    if (stats.isDirectory()) walk(path, found, shown);
    else found.push(path);
  }
  return [...new Set(found)];
}
