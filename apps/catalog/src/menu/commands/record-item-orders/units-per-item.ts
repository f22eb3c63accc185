/** Units ordered per menu item, lines of the same item added up. */
export function unitsPerItem(lines: ReadonlyArray<{ menu_item_id: string; quantity: number }>): Map<string, number> {
  const units = new Map<string, number>();
  for (const line of lines) units.set(line.menu_item_id, (units.get(line.menu_item_id) ?? 0) + line.quantity);
  return units;
}
