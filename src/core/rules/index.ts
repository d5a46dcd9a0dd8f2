import { frontmatterRequired } from './frontmatter-required';
import { frontmatterUnknownKey } from './frontmatter-unknown-key';
import { frontmatterValue } from './frontmatter-value';
import { frontmatterYaml } from './frontmatter-yaml';
import type { Rule } from './rule';

export type { Rule, RuleContext } from './rule';

/** Every rule, in the order of DOMAIN.md §5. */
export const RULES: readonly Rule[] = [frontmatterYaml, frontmatterRequired, frontmatterValue, frontmatterUnknownKey];
