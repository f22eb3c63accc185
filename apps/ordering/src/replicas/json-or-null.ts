/** A jsonb query parameter: the value as JSON text, or null when the event did not carry it (keep the copy's). */
export function jsonOrNull(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
