import type { Finding } from '../../src/core';

/** What the writer of a corpus draft says about it (test/corpus/<part>/<batch>/labels.json). */
export interface Label {
  readonly kind: 'clean' | 'faulty';
  /** The mistakes planted, each with the words that carry it (absent for a structural mistake). */
  readonly expect?: ReadonlyArray<{ readonly rule: string; readonly quote?: string }>;
}

export interface CorpusDraft {
  readonly path: string;
  readonly part: string;
  readonly text: string;
  readonly label: Label;
  readonly findings: readonly Finding[];
}

export interface RuleScore {
  expected: number;
  found: number;
  falsePositives: number;
}

export interface Score {
  readonly drafts: number;
  readonly clean: number;
  readonly expected: number;
  readonly found: number;
  /** Warning and error findings that no label asked for. */
  readonly falsePositives: number;
  readonly cleanWithWarning: number;
  readonly cleanWithInfo: number;
  readonly rules: Record<string, RuleScore>;
  /** Every miss and false positive, with its file, line and text. */
  readonly problems: string[];
}

function lineRange(text: string, at: number): { start: number; end: number; number: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return { start, end: end < 0 ? text.length : end, number: text.slice(0, start).split('\n').length };
}

/**
 * Scores findings against labels. A planted mistake with a quote is found by a finding of its rule
 * that overlaps the quote or lies on its line; one without a quote by any finding of its rule. On a
 * clean draft every finding is a false positive; on a faulty one, every warning or error that
 * matches no planted mistake (information findings there are left out: the draft was written to
 * show another mistake).
 */
export function scoreCorpus(drafts: readonly CorpusDraft[]): Score {
  const rules: Record<string, RuleScore> = {};
  const rule = (id: string) => (rules[id] ??= { expected: 0, found: 0, falsePositives: 0 });
  const problems: string[] = [];
  let expected = 0;
  let found = 0;
  let falsePositives = 0;
  let cleanWithWarning = 0;
  let cleanWithInfo = 0;
  const where = (draft: CorpusDraft, at: number) => {
    const line = lineRange(draft.text, at);
    return `${draft.path}:${line.number}: ${draft.text.slice(line.start, line.end).trim().slice(0, 120)}`;
  };

  for (const draft of drafts) {
    const matched = new Set<Finding>();
    for (const expectation of draft.label.expect ?? []) {
      expected++;
      rule(expectation.rule).expected++;
      // Every place the quote occurs: a repetition is found at its second occurrence.
      const quotes: Array<{ start: number; end: number; line: { start: number; end: number } }> = [];
      for (let at = expectation.quote ? draft.text.indexOf(expectation.quote) : -1; at >= 0; at = draft.text.indexOf(expectation.quote!, at + 1)) {
        quotes.push({ start: at, end: at + expectation.quote!.length, line: lineRange(draft.text, at) });
      }
      const quote = quotes[0];
      const hits = draft.findings.filter(
        (finding) =>
          finding.rule === expectation.rule &&
          (!expectation.quote ||
            quotes.some((q) => (finding.span.start < q.end && finding.span.end > q.start) || (finding.span.start >= q.line.start && finding.span.start <= q.line.end))),
      );
      hits.forEach((hit) => matched.add(hit));
      if (hits.length > 0) {
        found++;
        rule(expectation.rule).found++;
      } else {
        problems.push(`MISS ${expectation.rule}: ${quote ? where(draft, quote.start) : `${draft.path} (${expectation.quote ? `quote not in the file: ${expectation.quote}` : 'whole message'})`}`);
      }
    }
    const clean = draft.label.kind === 'clean';
    if (clean && draft.findings.some((finding) => finding.severity !== 'information')) cleanWithWarning++;
    if (clean && draft.findings.some((finding) => finding.severity === 'information')) cleanWithInfo++;
    for (const finding of draft.findings) {
      if (matched.has(finding)) continue;
      if (!clean && finding.severity === 'information') continue;
      // A second finding of a planted rule elsewhere in a faulty draft is another instance of the same mistake.
      if (!clean && (draft.label.expect ?? []).some((e) => e.rule === finding.rule && !e.quote)) continue;
      rule(finding.rule).falsePositives++;
      if (finding.severity !== 'information') falsePositives++;
      problems.push(`FALSE ${finding.rule} (${finding.severity}): ${where(draft, finding.span.start)} — ${finding.message}`);
    }
  }
  return { drafts: drafts.length, clean: drafts.filter((d) => d.label.kind === 'clean').length, expected, found, falsePositives, cleanWithWarning, cleanWithInfo, rules, problems };
}
