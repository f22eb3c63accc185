// The event-fed copy helpers against a real PostgreSQL: a newer event wins, an older one is
// ignored, one at the same instant applies, and concurrent deliveries end on the newest.
// The schema is made here rather than with @platter/testing, which depends on this library, and in
// a database of its own, so that the testing library's first-use set-up of platter_test still runs.
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Column, DataSource, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { createServiceDataSource } from '../data-source';
import { TransactionHost } from '../transaction-host';
import { updateIfNewer, upsertIfNewer } from './copy-if-newer';

const PG_HOST_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const TEST_DATABASE = 'platter_test_persistence';

async function superuser(database: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: `${PG_HOST_URL}/${database}` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

@Entity({ name: 'thing_copies' })
class ThingCopy {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('jsonb', { default: () => "'[]'" }) tags: string[];
  @Column('text', { nullable: true }) note: string | null;
  @Column('timestamptz') source_occurred_at: Date;
  @Column('timestamptz', { nullable: true }) profile_occurred_at: Date | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}

@Entity({ name: 'setting_copies' })
class SettingCopy {
  @PrimaryColumn('uuid') owner_id: string;
  @PrimaryColumn('text') key: string;
  @Column('text', { nullable: true }) value: string | null;
  @Column('timestamptz') source_occurred_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute));

describe('event-fed copies: upsertIfNewer / updateIfNewer (PostgreSQL)', () => {
  const schema = `persistence_copies_test_${randomBytes(4).toString('hex')}`;
  let db: { dataSource: DataSource; tx: TransactionHost };
  const thing = (id: string) => db.dataSource.getRepository(ThingCopy).findOneByOrFail({ id });
  const copyThing = (row: Partial<ThingCopy>) => db.tx.run((m) => upsertIfNewer(m, ThingCopy, row, { key: ['id'] }));

  beforeAll(async () => {
    // Another test file may be creating the database at the same moment (42P04, or 23505).
    await superuser('postgres', `CREATE DATABASE ${TEST_DATABASE}`).catch((err: { code?: string }) => {
      if (err.code !== '42P04' && err.code !== '23505') throw err;
    });
    await superuser(TEST_DATABASE, `CREATE SCHEMA "${schema}"`);
    const dataSource = createServiceDataSource({ url: `${PG_HOST_URL}/${TEST_DATABASE}`, schema, entities: [ThingCopy, SettingCopy], migrations: [], poolMax: 4 });
    await dataSource.initialize();
    db = { dataSource, tx: new TransactionHost(dataSource) };
    await db.dataSource.query(`CREATE TABLE thing_copies (
      id uuid PRIMARY KEY, name text NOT NULL, tags jsonb NOT NULL DEFAULT '[]', note text,
      source_occurred_at timestamptz NOT NULL, profile_occurred_at timestamptz, updated_at timestamptz NOT NULL DEFAULT now())`);
    await db.dataSource.query(`CREATE TABLE setting_copies (
      owner_id uuid NOT NULL, key text NOT NULL, value text, source_occurred_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (owner_id, key))`);
  });

  afterAll(async () => {
    if (db?.dataSource.isInitialized) await db.dataSource.destroy();
    await superuser(TEST_DATABASE, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });

  describe('upsertIfNewer', () => {
    it('creates the copy from the first event, with defaults for what it leaves out', async () => {
      const id = randomUUID();
      expect(await copyThing({ id, name: 'first', source_occurred_at: at(10) })).toBe(true);
      expect(await thing(id)).toMatchObject({ name: 'first', tags: [], note: null, source_occurred_at: at(10) });
    });

    it('lets a newer event win', async () => {
      const id = randomUUID();
      await copyThing({ id, name: 'first', tags: ['a'], source_occurred_at: at(10) });
      const before = (await thing(id)).updated_at;
      expect(await copyThing({ id, name: 'second', tags: ['b'], note: 'n', source_occurred_at: at(11) })).toBe(true);
      const after = await thing(id);
      expect(after).toMatchObject({ name: 'second', tags: ['b'], note: 'n', source_occurred_at: at(11) });
      expect(after.updated_at.getTime()).toBeGreaterThanOrEqual(before.getTime());
    });

    it('ignores an older event', async () => {
      const id = randomUUID();
      await copyThing({ id, name: 'newer', source_occurred_at: at(20) });
      expect(await copyThing({ id, name: 'older', note: 'late', source_occurred_at: at(19) })).toBe(false);
      expect(await thing(id)).toMatchObject({ name: 'newer', note: null, source_occurred_at: at(20) });
    });

    it('applies an event stamped at the same instant as the copy (the later delivery wins a tie)', async () => {
      const id = randomUUID();
      await copyThing({ id, name: 'first', source_occurred_at: at(30) });
      expect(await copyThing({ id, name: 'same instant', source_occurred_at: at(30) })).toBe(true);
      expect(await thing(id)).toMatchObject({ name: 'same instant', source_occurred_at: at(30) });
    });

    it("keeps the copy's value of a field the event leaves out, and takes null when the event clears it", async () => {
      const id = randomUUID();
      await copyThing({ id, name: 'first', tags: ['kept'], note: 'set', source_occurred_at: at(10) });
      expect(await copyThing({ id, name: 'second', tags: undefined, source_occurred_at: at(11) })).toBe(true);
      expect(await thing(id)).toMatchObject({ name: 'second', tags: ['kept'], note: 'set' });
      await copyThing({ id, name: 'third', note: null, source_occurred_at: at(12) });
      expect(await thing(id)).toMatchObject({ name: 'third', tags: ['kept'], note: null });
    });

    it('keys a copy by several columns', async () => {
      const owner_id = randomUUID();
      const copy = (key: string, value: string | null, minute: number) =>
        db.tx.run((m) => upsertIfNewer(m, SettingCopy, { owner_id, key, value, source_occurred_at: at(minute) }, { key: ['owner_id', 'key'] }));
      expect(await copy('tax', '19.25', 10)).toBe(true);
      expect(await copy('fee', '500', 5)).toBe(true);
      expect(await copy('tax', '0', 9)).toBe(false);
      expect(await copy('tax', null, 11)).toBe(true);
      const rows = await db.dataSource.getRepository(SettingCopy).find({ where: { owner_id }, order: { key: 'ASC' } });
      expect(rows.map((r) => [r.key, r.value])).toEqual([['fee', '500'], ['tax', null]]);
    });

    it('ends on the newest event when deliveries race, whether the copy exists or not', async () => {
      for (const existing of [false, true]) {
        const id = randomUUID();
        if (existing) await copyThing({ id, name: 'm0', source_occurred_at: at(0) });
        const minutes = [7, 3, 12, 1, 9, 12, 5, 11, 2, 8];
        await Promise.all(minutes.map((minute, i) => copyThing({ id, name: `m${minute}`, note: String(i), source_occurred_at: at(minute) })));
        expect(await thing(id)).toMatchObject({ name: 'm12', source_occurred_at: at(12) });
      }
    });

    it('refuses a row without its clock', async () => {
      await expect(copyThing({ id: randomUUID(), name: 'no clock' })).rejects.toThrow(/clock/);
    });
  });

  describe('updateIfNewer', () => {
    const track = (id: string, values: Partial<ThingCopy>, clock?: 'profile_occurred_at') =>
      db.tx.run((m) => updateIfNewer(m, ThingCopy, { id }, values, clock ? { clock } : {}));

    it('never creates a copy', async () => {
      const id = randomUUID();
      expect(await track(id, { name: 'x', source_occurred_at: at(10) })).toBe(false);
      expect(await db.dataSource.getRepository(ThingCopy).findOneBy({ id })).toBeNull();
    });

    it('lets a newer or same-instant event win and ignores an older one', async () => {
      const id = randomUUID();
      await copyThing({ id, name: 'created', note: 'kept', source_occurred_at: at(10) });
      expect(await track(id, { name: 'newer', source_occurred_at: at(11) })).toBe(true);
      expect(await track(id, { name: 'older', source_occurred_at: at(9) })).toBe(false);
      expect(await thing(id)).toMatchObject({ name: 'newer', note: 'kept', source_occurred_at: at(11) });
      expect(await track(id, { name: 'tie', source_occurred_at: at(11) })).toBe(true);
      expect(await thing(id)).toMatchObject({ name: 'tie' });
    });

    it('keeps its own clock per column, a clock never set being older than any event', async () => {
      const id = randomUUID();
      await copyThing({ id, name: 'created', source_occurred_at: at(30) });
      expect(await track(id, { note: 'profile', tags: undefined, profile_occurred_at: at(5) }, 'profile_occurred_at')).toBe(true);
      expect(await track(id, { note: 'older profile', profile_occurred_at: at(4) }, 'profile_occurred_at')).toBe(false);
      expect(await thing(id)).toMatchObject({ name: 'created', note: 'profile', tags: [], source_occurred_at: at(30), profile_occurred_at: at(5) });
    });

    it('ends on the newest event when updates race', async () => {
      const id = randomUUID();
      await copyThing({ id, name: 'm0', source_occurred_at: at(0) });
      const minutes = [4, 9, 2, 9, 6, 1, 8];
      await Promise.all(minutes.map((minute) => track(id, { name: `m${minute}`, source_occurred_at: at(minute) })));
      expect(await thing(id)).toMatchObject({ name: 'm9', source_occurred_at: at(9) });
    });
  });
});
