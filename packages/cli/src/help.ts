// Man-page-like help for every command: NAME, SYNOPSIS and DESCRIPTION above the options
// yargs lists, EXAMPLES below them (yargs' usage and epilog).

export interface ManPage {
  /** "drive add" */
  name: string;
  summary: string;
  /** after "hearth ": "drive add VM ID [options]" */
  synopsis: string;
  description?: string;
  examples?: [command: string, comment?: string][];
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `    ${line}` : line))
    .join('\n');

export function usageText(page: ManPage): string {
  const parts = [
    `NAME\n    hearth ${page.name} - ${page.summary}`,
    `SYNOPSIS\n    hearth ${page.synopsis}`,
  ];
  if (page.description) parts.push(`DESCRIPTION\n${indent(page.description)}`);
  return parts.join('\n\n');
}

export function examplesText(page: ManPage): string {
  if (!page.examples?.length) return '';
  const width = Math.max(...page.examples.map(([command]) => command.length));
  const lines = page.examples.map(([command, comment]) =>
    comment ? `$ ${command.padEnd(width)}  # ${comment}` : `$ ${command}`,
  );
  return `EXAMPLES\n${indent(lines.join('\n'))}`;
}
