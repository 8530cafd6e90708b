// A small YAML writer for -o yaml: the API's JSON objects (plain data only) as block YAML.
// Strings YAML would read as something else (numbers, booleans, null, leading specials) are
// quoted as JSON strings, which YAML reads back unchanged.

const PLAIN_STRING = /^[A-Za-z_/.][\w ./:@+-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  return PLAIN_STRING.test(text) && !RESERVED.test(text) && !text.endsWith(' ')
    ? text
    : JSON.stringify(text);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function lines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}[]`];
    return value.flatMap((item) => {
      const [first = '', ...rest] =
        isObject(item) || Array.isArray(item) ? lines(item, `${indent}  `) : [scalar(item)];
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${indent}{}`];
    return entries.flatMap(([key, item]) => {
      const nested =
        (Array.isArray(item) && item.length > 0) ||
        (isObject(item) && Object.keys(item).length > 0);
      return nested
        ? [`${indent}${key}:`, ...lines(item, `${indent}  `)]
        : [`${indent}${key}: ${isObject(item) ? '{}' : Array.isArray(item) ? '[]' : scalar(item)}`];
    });
  }
  return [`${indent}${scalar(value)}`];
}

export function toYaml(value: unknown): string {
  return `${lines(value, '').join('\n')}\n`;
}
