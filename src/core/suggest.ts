/** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      }
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}

const fold = (word: string) => word.toLowerCase().replace(/[\s_\-.]/g, '');

/**
 * The candidate a mistyped word most likely meant, for did-you-mean hints, or undefined when
 * none is close. Case, spaces, dashes and underscores are ignored (`interview_date` ->
 * `interviewDate`); otherwise up to one edit per three letters is allowed.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const folded = fold(word);
  // No key or value this is compared with is longer than 64 letters.
  if (folded.length === 0 || folded.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(folded, fold(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(folded.length / 3));
  return bestDistance <= allowed ? best : undefined;
}
