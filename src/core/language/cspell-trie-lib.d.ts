// cspell-trie-lib ships ES modules only, which a CommonJS TypeScript project cannot import by
// name; esbuild bundles it. These are the few parts of its API the dictionary uses.
declare module 'cspell-trie-lib' {
  export interface ITrie {
    hasWord(word: string, caseSensitive: boolean): boolean;
  }
  export function decodeTrie(data: Uint8Array): ITrie;
}
