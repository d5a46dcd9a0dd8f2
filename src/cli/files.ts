import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

const SKIPPED_FOLDERS = new Set(['node_modules']);

/** Thrown for a path the user named that cannot be read; the CLI exits with 2. */
export class UnreadablePathError extends Error {}

/** Why a path could not be read, as the end of a sentence. */
export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'ELOOP') return 'its links lead in a circle';
  if (code === 'ENOTDIR') return 'a part of its path is not a folder';
  if (code === 'EMFILE' || code === 'ENFILE') return 'too many files are open';
  return code ? `the system says ${code}` : 'it cannot be read';
}

/** What a path that is not a regular file or a folder is, for a sentence; undefined for a file or a folder. */
export function specialKind(stats: Stats): string | undefined {
  if (stats.isFile() || stats.isDirectory()) return undefined;
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** The Markdown files found, and what could not be read, each as a sentence. */
export interface Collected {
  readonly files: string[];
  /** Paths that could not be read (folders, links, files named): reported, and the rest is checked. */
  readonly unreadable: string[];
  /** Paths named on the command line that are pipes, devices or sockets: refused. */
  readonly refused: string[];
}

function walk(folder: string, collected: Collected, shown: (path: string) => string, visited: Set<string>): void {
  let real: string;
  let entries;
  try {
    real = realpathSync(folder);
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    collected.unreadable.push(`cannot read folder '${shown(folder)}': ${describe(error)}`);
    return;
  }
  // A folder reached twice (through a link back to a folder above it) is read once.
  if (visited.has(real)) return;
  visited.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    let isFolder = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // A link is followed to what it points at; a broken link is left alone, as a folder's other odd entries are.
      try {
        const target = statSync(path);
        isFolder = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue;
      }
    }
    if (isFolder) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(path, collected, shown, visited);
    } else if (isFile && entry.name.toLowerCase().endsWith('.md')) {
      collected.files.push(path);
    }
    // Pipes, devices and sockets inside a folder are skipped: they are never drafts.
  }
}

/**
 * The Markdown files to check: each regular file named, and every `*.md` below each folder
 * named, skipping `node_modules` and dot-folders. Links inside folders are followed, and a
 * folder reached again through a link is not read twice, so a link cycle cannot hang the walk.
 * Whatever cannot be read is recorded, and the rest is still found.
 */
export function collectMarkdownFiles(paths: readonly string[], shown: (path: string) => string = (path) => path): Collected {
  const collected: Collected = { files: [], unreadable: [], refused: [] };
  const visited = new Set<string>();
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      collected.unreadable.push(`cannot read '${shown(path)}': ${describe(error)}`);
      continue;
    }
    const special = specialKind(stats);
    if (special) collected.refused.push(`'${shown(path)}' is ${special}, not a file or a folder, so it was not read; name a Markdown file or a folder`);
    else if (stats.isDirectory()) walk(path, collected, shown, visited);
    else collected.files.push(path);
  }
  return { ...collected, files: [...new Set(collected.files)] };
}
