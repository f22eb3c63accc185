import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EVENT_CATALOG, isKnownEvent, validatePayload } from './events';
import { RPC } from './rpc';

// The dev mode answers and injects from these fixtures, so they must obey the contracts.
const dir = path.resolve(__dirname, '../fixtures');
const read = (kind: string) =>
  readdirSync(path.join(dir, kind)).map((f) => ({ name: f.replace(/\.json$/, ''), value: JSON.parse(readFileSync(path.join(dir, kind, f), 'utf8')) }));

describe('contract fixtures', () => {
  it.each(read('events'))('event fixture $name is a known event with a valid payload', ({ name, value }) => {
    expect(isKnownEvent(name)).toBe(true);
    const entry = EVENT_CATALOG[name as keyof typeof EVENT_CATALOG];
    expect(validatePayload(entry.payload as new () => object, value).errors).toEqual([]);
  });

  it('names only RPC patterns that exist', () => {
    const patterns = new Set(Object.values(RPC).flatMap((group) => Object.values(group)));
    for (const { name } of read('rpc')) expect(patterns.has(name as never)).toBe(true);
  });
});
