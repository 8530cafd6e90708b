// serde's wording for lists of expected names (`serde::de::OneOf`) and serde_json's
// rendering of floats in "invalid type" errors.

export function expectedOneOf(names: readonly string[], what: 'fields' | 'variants'): string {
  const quoted = names.map((n) => `\`${n}\``);
  if (quoted.length === 0) return `there are no ${what}`;
  if (quoted.length === 1) return `expected ${quoted[0]}`;
  if (quoted.length === 2) return `expected ${quoted[0]} or ${quoted[1]}`;
  return `expected one of ${quoted.join(', ')}`;
}

/** ryu's shortest form, always with a fraction or exponent (`1.0`, `1.5`, `1e20`). */
export function floatDisplay(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(value);
  if (/e/.test(text)) return text.replace('e+', 'e');
  return text.includes('.') ? text : `${text}.0`;
}
