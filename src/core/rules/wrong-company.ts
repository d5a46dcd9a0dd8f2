import { escapeRegExp } from '../prose';
import { normalizeName } from '../workspace';
import type { Rule } from './rule';
import { replaceWith } from './shared';

const patterns = new WeakMap<readonly string[], RegExp | null>();

/** One pattern for every company in the workspace, longest first, built once per index change. */
function companiesPattern(companies: readonly string[]): RegExp | null {
  let pattern = patterns.get(companies);
  if (pattern === undefined) {
    const names = companies.filter((name) => name.trim().length >= 2).sort((a, b) => b.length - a.length);
    pattern = names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((name) => escapeRegExp(name.trim()).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
    patterns.set(companies, pattern);
  }
  return pattern;
}

/** Another employer's name in the body is copy-paste residue, and costs the offer (DOMAIN.md §1). */
export const wrongCompany: Rule = {
  id: 'wrong-company',
  defaultSeverity: 'error',
  description: "The body names another company that is the “company” of another draft in the workspace.",
  check: ({ draft, prose, workspace }) => {
    const own = draft.fields.company;
    if (!own) return [];
    const pattern = companiesPattern(workspace.companies());
    if (!pattern) return [];
    const ownName = normalizeName(own);
    return prose
      .find(pattern)
      .filter((span) => {
        const name = normalizeName(draft.text.slice(span.start, span.end));
        return name !== ownName && !ownName.split(' ').includes(name);
      })
      .map((span) => {
        const other = draft.text.slice(span.start, span.end);
        return {
          span,
          message: `This message to ${own} mentions ${other}, another company you applied to; replace it with ${own} before sending.`,
          fixes: [replaceWith(span, own)],
        };
      });
  },
};
