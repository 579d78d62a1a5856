/**
 * One JSON Lines line: the value as compact JSON and a newline. JSON.stringify escapes every
 * newline inside strings, so a line never breaks inside a record.
 */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
