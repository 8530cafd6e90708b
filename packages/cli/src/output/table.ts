// Aligned columns, as `docker ps` prints them: a header in capitals, two spaces between
// columns, the last column unpadded. Widths count what is visible (colour codes excluded).

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching colour codes is the point
const ANSI = /\u001b\[[0-9;]*m/g;
const visibleLength = (text: string) => text.replace(ANSI, '').length;

export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...all.map((row) => visibleLength(row[column] ?? ''))),
  );
  const lines = all.map((row) =>
    row
      .map((cell, column) =>
        column === row.length - 1
          ? cell
          : cell + ' '.repeat((widths[column] ?? 0) - visibleLength(cell)),
      )
      .join('  ')
      .trimEnd(),
  );
  return `${lines.join('\n')}\n`;
}

/** "key: value" lines for one object, keys aligned. */
export function fields(entries: [string, string][]): string {
  const width = Math.max(...entries.map(([key]) => key.length)) + 1;
  return `${entries.map(([key, value]) => `${`${key}:`.padEnd(width)} ${value}`).join('\n')}\n`;
}
