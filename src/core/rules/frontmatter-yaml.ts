import type { Rule } from './rule';

/** Front-matter that cannot be read as YAML, or is written in a language that is never run. */
export const frontmatterYaml: Rule = {
  id: 'frontmatter-yaml',
  defaultSeverity: 'error',
  description: 'The front-matter is not valid YAML.',
  check: ({ draft }) => draft.yamlProblems,
};
