// serde_json::Value keeps object keys in a BTreeMap: they come out sorted by bytes, at every
// level. JSON.stringify would put integer-like keys first, so objects are rendered by hand.

function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

export function toSortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toSortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort(compareKeys)
      .map((k) => `${JSON.stringify(k)}:${toSortedJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
