// A strict reader of the Prometheus text exposition format (0.0.4), for tests: every sample
// must belong to a family declared by # TYPE before it, label values must be quoted and
// escaped as the format says, values must be numbers. Anything else throws, so a test that
// parses /metrics also checks that a Prometheus server could read it.
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Family {
  name: string;
  type: string;
  help: string;
  samples: Sample[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})?\s+(\S+)(\s+-?\d+)?$/;
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\["\\n])*)"(,|$)/;
const SUFFIXES = ['_bucket', '_sum', '_count', '_total', '_created'];

function parseValue(text: string, line: string): number {
  if (text === '+Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  if (text === 'NaN') return Number.NaN;
  const value = Number(text);
  if (Number.isNaN(value)) throw new Error(`not a number in: ${line}`);
  return value;
}

function parseLabels(text: string | undefined, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  if (!text) return labels;
  let rest = text.slice(1, -1);
  while (rest.length > 0) {
    const match = LABEL.exec(rest);
    if (!match) throw new Error(`bad labels in: ${line}`);
    const [all, name = '', raw = ''] = match;
    if (name in labels) throw new Error(`label ${name} twice in: ${line}`);
    labels[name] = raw.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
    rest = rest.slice(all.length);
  }
  return labels;
}

export function parsePrometheusText(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  let current: Family | null = null;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('# HELP ') || line.startsWith('# TYPE ')) {
      const [, kind, name = '', ...rest] = line.split(' ');
      if (!NAME.test(name)) throw new Error(`bad metric name in: ${line}`);
      const family = families.get(name) ?? { name, type: 'untyped', help: '', samples: [] };
      if (kind === 'HELP') family.help = rest.join(' ');
      else family.type = rest[0] ?? '';
      families.set(name, family);
      current = family;
      continue;
    }
    if (line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not a sample: ${line}`);
    const [, name = '', labels, value = ''] = match;
    const family =
      current && (name === current.name || SUFFIXES.some((s) => name === current?.name + s))
        ? current
        : null;
    if (!family) throw new Error(`sample outside its family: ${line}`);
    family.samples.push({
      name,
      labels: parseLabels(labels, line),
      value: parseValue(value, line),
    });
  }
  return families;
}

/** The samples named `name` whose labels include `labels`. */
export function samples(
  families: Map<string, Family>,
  name: string,
  labels: Record<string, string> = {},
): Sample[] {
  return [...families.values()]
    .flatMap((family) => family.samples)
    .filter(
      (sample) =>
        sample.name === name &&
        Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
    );
}
