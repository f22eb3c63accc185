import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Module } from '@nestjs/common';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { EventPublisher, MessagingTables1700000000000, RpcClient } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { FakeRpcClient, createFeatureTestingModule } from './feature-testing-module';
import { createThrowawaySchema } from './throwaway-schema';

// A feature as a service writes one: a module, a service over the platform's TransactionHost,
// EventPublisher and RpcClient, and ports of its own (a clock, a provider client).
const CLOCK = Symbol('CLOCK');
type Clock = () => Date;
abstract class GreetingProvider {
  abstract greet(name: string): Promise<string>;
}
class RealGreetingProvider extends GreetingProvider {
  async greet(): Promise<string> {
    throw new Error('the real provider is never called by a medium test');
  }
}
class NotesConfig {
  PREFIX = 'note';
}

class CreateNotes1700000000500 implements MigrationInterface {
  name = 'CreateNotes1700000000500';
  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE notes (id uuid PRIMARY KEY, body text NOT NULL, written_at timestamptz NOT NULL)');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notes');
  }
}

@Injectable()
class NotesService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly rpc: RpcClient,
    private readonly greetings: GreetingProvider,
    private readonly config: NotesConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async write(userId: string): Promise<{ id: string; body: string }> {
    const name = (await this.rpc.callPattern('identity.users.get', { actor: null, data: { id: userId } })) as { name: string };
    const body = `${this.config.PREFIX}: ${await this.greetings.greet(name.name)}`;
    const id = randomUUID();
    await this.tx.run(async (m) => {
      await m.query('INSERT INTO notes (id, body, written_at) VALUES ($1, $2, $3)', [id, body, this.clock()]);
      await this.events.publish('user.deleted', { user_id: userId });
    });
    return { id, body };
  }
}

@Module({ providers: [NotesService, { provide: GreetingProvider, useClass: RealGreetingProvider }, { provide: CLOCK, useValue: () => new Date() }] })
class NotesModule {}

const database = { entities: [], migrations: [MessagingTables1700000000000, CreateNotes1700000000500] };

describe('createFeatureTestingModule', () => {
  it('builds a feature against a migrated throwaway schema, with its ports overridden', async () => {
    const at = new Date('2026-03-01T08:00:00Z');
    const bed = await createFeatureTestingModule({
      service: 'notes',
      database,
      imports: [NotesModule],
      config: Object.assign(new NotesConfig(), { PREFIX: 'memo' }),
      overrides: [
        { provide: CLOCK, useValue: () => at },
        { provide: GreetingProvider, useValue: { greet: async (name: string) => `hello ${name}` } },
      ],
    });
    try {
      bed.rpc.on('identity.users.get', ({ data }) => ({ id: data.id, name: 'Awa' }));
      const userId = randomUUID();

      const note = await bed.get(NotesService).write(userId);

      expect(note.body).toBe('memo: hello Awa');
      expect(bed.rpc.calls).toEqual([{ pattern: 'identity.users.get', request: { actor: null, data: { id: userId } } }]);
      const [row] = await bed.dataSource.query('SELECT body, written_at FROM notes WHERE id = $1', [note.id]);
      expect(row).toEqual({ body: 'memo: hello Awa', written_at: at });
      const outbox = await bed.dataSource.query('SELECT routing_key, envelope FROM outbox');
      expect(outbox).toEqual([{ routing_key: 'user.deleted', envelope: expect.objectContaining({ producer: 'notes', payload: { user_id: userId } }) }]);
    } finally {
      await bed.close();
    }
    // The schema it created is gone with it.
    await expect(bed.dataSource.query('SELECT 1')).rejects.toThrow();
  });

  it('fails loudly on an RPC the test did not answer, and lets the test replace RpcClient itself', async () => {
    const db = await createThrowawaySchema('notes', database);
    try {
      const fake = await createFeatureTestingModule({ service: 'notes', database: db, imports: [NotesModule], config: new NotesConfig() });
      expect(fake.rpc).toBeInstanceOf(FakeRpcClient);
      await expect(fake.get(NotesService).write(randomUUID())).rejects.toThrow('FakeRpcClient: no answer for identity.users.get');
      await fake.close();

      const rpc = { callPattern: jest.fn().mockResolvedValue({ name: 'Binta' }) };
      const greet = jest.fn(async (name: string) => `hi ${name}`);
      const replaced = await createFeatureTestingModule({
        service: 'notes',
        database: db,
        imports: [NotesModule],
        config: new NotesConfig(),
        overrides: [{ provide: RpcClient, useValue: rpc }, { provide: GreetingProvider, useFactory: () => ({ greet }) }],
      });
      expect((await replaced.get(NotesService).write(randomUUID())).body).toBe('note: hi Binta');
      await replaced.close();
      // A schema the test made is the test's to drop: still there after close().
      expect(await db.dataSource.query('SELECT count(*)::int AS n FROM notes')).toEqual([{ n: 1 }]);
    } finally {
      await db.drop();
    }
  });
});
