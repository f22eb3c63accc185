import { ChildProcess, fork } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MessageEnvelope } from '@platter/contracts';
import { DeadLetterAdmin } from '../dead-letters/dead-letter-admin';
import { createEnvelope } from '../envelope';
import { ChildBuild, buildForChildProcess } from '../testing-fixtures/child-build';
import * as amqp from 'amqplib';
import {
  AMQP_URL, TestDatabase, createTestDatabase, deleteNamespace, publishRaw, queueState, sleep, uniqueNamespace, uniqueSuffix, waitFor,
} from '../testing-fixtures/infra';
import { userStatusChanged } from '../testing-fixtures/payloads';
import { Topology } from '../topology';

// A consumer process killed (SIGKILL) with a message in hand, before its transaction commits or
// after it commits but before the ack: once a consumer runs again, every message is applied once.

const N = 60;

interface Consumer {
  child: ChildProcess;
  outcomes: Array<{ handler: string; outcome: string }>;
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

// The integration project's testTimeout is not applied by jest 30 to project configs; hooks need it too.
jest.setTimeout(120_000);

describe('consumer process killed with messages in hand (RabbitMQ + PostgreSQL)', () => {
  let build: ChildBuild;
  let db: TestDatabase;
  let namespace: string;
  const children = new Set<ChildProcess>();

  beforeAll(async () => {
    build = await buildForChildProcess();
    db = await createTestDatabase('crash');
    namespace = uniqueNamespace('crash');
  });

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    if (namespace) await deleteNamespace(namespace);
    await db?.drop();
    await build?.remove();
  });

  function startConsumer(service: string, env: Record<string, string> = {}): Consumer {
    let err = '';
    const child = fork(build.fileOf('libs/messaging/src/testing-fixtures/consumer-process.ts'), [], {
      execArgv: [],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: {
        ...process.env,
        ...build.env,
        AMQP_URL,
        DATABASE_URL: db.url,
        DATABASE_SCHEMA: db.schema,
        PLATTER_NAMESPACE: namespace,
        SERVICE: service,
        PREFETCH: '10',
        ...env,
      },
    });
    children.add(child);
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    const outcomes: Consumer['outcomes'] = [];
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const ready = new Promise<void>((resolve, reject) => {
      child.on('message', (m: { type: string; handler?: string; outcome?: string }) => {
        if (m.type === 'ready') resolve();
        if (m.type === 'outcome') outcomes.push({ handler: m.handler!, outcome: m.outcome! });
      });
      void exited.then(({ code, signal }) => reject(new Error(`consumer exited before ready (${code ?? signal}): ${err}`)));
    });
    ready.catch(() => undefined);
    return { child, outcomes, ready, exited, stderr: () => err };
  }

  async function stopConsumer(c: Consumer): Promise<void> {
    c.child.send('stop');
    const { code } = await c.exited;
    expect(code).toBe(0);
  }

  function events(n: number): MessageEnvelope[] {
    return Array.from({ length: n }, () => createEnvelope({ type: 'user.status-changed', version: 1, producer: 'test', payload: userStatusChanged() }));
  }

  async function effectsOf(service: string) {
    return (await db.effects()).filter((r) => r.consumer === service);
  }

  it.each([
    ['after-commit', 'killed after its transaction committed, before the ack'],
    ['before-commit', 'killed inside its transaction, before the commit'],
  ] as const)('%s: a consumer %s; the restarted consumer applies each message exactly once', async (mode, _how) => {
    const service = `crash-${mode}`;
    const topology = new Topology(namespace, service);
    const report = path.join(tmpdir(), `platter-kill-${uniqueSuffix()}.json`);
    const sent = events(N);

    try {
      // 1. A consumer that dies on the 15th message it writes.
      const first = startConsumer(service, { KILL: mode, KILL_AT: '15', KILL_REPORT: report });
      await first.ready;
      await publishRaw(namespace, sent.map((e) => ({ routingKey: e.type, content: e })));
      const { signal } = await first.exited;
      expect(signal).toBe('SIGKILL');
      const killed = JSON.parse(await readFile(report, 'utf8')) as { mode: string; messageId: string };
      expect(killed.mode).toBe(mode);
      expect(sent.map((e) => e.id)).toContain(killed.messageId);

      // 2. What the dead consumer left: its committed work only; the killed message committed iff after-commit.
      const [row] = await db.dataSource.query(`SELECT count(*)::int AS n FROM effects WHERE message_id = $1`, [killed.messageId]);
      const [inboxRow] = await db.dataSource.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer = $1 AND message_id = $2`, [service, killed.messageId]);
      expect(row.n).toBe(mode === 'after-commit' ? 1 : 0);
      expect(inboxRow.n).toBe(row.n);
      const leftBehind = await effectsOf(service);
      expect(leftBehind.length).toBeGreaterThanOrEqual(mode === 'after-commit' ? 15 : 14);
      expect(leftBehind.length).toBeLessThan(N);
      // The broker took back every unacked delivery, the killed message among them.
      await waitFor('the dead consumer to be gone from the queue', async () => (await queueState(topology.eventsQueue))?.consumerCount === 0);
      const waiting = (await queueState(topology.eventsQueue))!.messageCount;
      expect(waiting).toBeGreaterThanOrEqual(N - leftBehind.length + (mode === 'after-commit' ? 1 : 0));

      // 3. A consumer again (a restart): it finishes the queue.
      const second = startConsumer(service);
      await second.ready;
      await waitFor(`${N} effects`, async () => (await effectsOf(service)).length >= N);
      await waitFor('the queue to be empty and settled', async () => (await queueState(topology.eventsQueue))?.messageCount === 0 && second.outcomes.length >= waiting);
      await sleep(500);

      const rows = await effectsOf(service);
      expect(rows.map((r) => r.message_id).sort()).toEqual(sent.map((e) => e.id).sort());
      expect(rows.filter((r) => r.applications !== 1)).toEqual([]);
      const [inbox] = await db.dataSource.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer = $1`, [service]);
      expect(inbox.n).toBe(N);
      // The restarted consumer saw exactly the redelivered messages: each either applied now or recognized as done.
      const handled = second.outcomes.filter((o) => o.outcome === 'handled').length;
      const duplicates = second.outcomes.filter((o) => o.outcome === 'duplicate').length;
      expect(handled).toBe(N - leftBehind.length);
      expect(handled + duplicates).toBe(waiting);
      if (mode === 'after-commit') expect(duplicates).toBeGreaterThanOrEqual(1); // at least the killed message
      expect(second.outcomes.filter((o) => !['handled', 'duplicate'].includes(o.outcome))).toEqual([]);
      expect((await queueState(topology.deadLetterQueue))?.messageCount).toBe(0);

      await stopConsumer(second);
    } finally {
      await rm(report, { force: true });
    }
  });

  it('dead-letters a message that kills its consumer every time, after MAX_DELIVERIES deliveries, and handles the others', async () => {
    const service = 'crash-poison';
    const topology = new Topology(namespace, service);
    const maxDeliveries = 3;
    const before = events(3);
    const poison = events(1)[0];
    const after = events(3);
    const others = [...before, ...after];
    const env = { POISON: poison.id, MAX_DELIVERIES: String(maxDeliveries), PREFETCH: '1' };

    // Declares the queue, then the messages; every consumer started dies on the poison, until one does not.
    const first = startConsumer(service, env);
    await first.ready;
    await publishRaw(namespace, [...before, poison, ...after].map((e) => ({ routingKey: e.type, content: e })));
    let consumer = first;
    let deaths = 0;
    while (deaths <= maxDeliveries + 1) {
      const outcome = await Promise.race([
        consumer.exited.then(({ code }) => ({ died: code })),
        waitFor('the queue to be settled', async () => (await queueState(topology.deadLetterQueue))?.messageCount === 1 && (await effectsOf(service)).length === others.length, 60_000).then(() => ({ died: null })),
      ]);
      if (outcome.died === null) break;
      expect(outcome.died).toBe(70);
      deaths++;
      await waitFor('the dead consumer to be gone from the queue', async () => (await queueState(topology.eventsQueue))?.consumerCount === 0);
      consumer = startConsumer(service, env);
      await consumer.ready;
    }

    // Delivered (and fatal) maxDeliveries times; the next delivery dead-letters it without running it.
    expect(deaths).toBe(maxDeliveries);
    const admin = await amqp.connect(AMQP_URL);
    try {
      const dead = await new DeadLetterAdmin(admin, namespace).list(service);
      expect(dead.map((d) => ({ id: d.messageId, reason: d.reason }))).toEqual([{ id: poison.id, reason: `delivered ${maxDeliveries} times without completing` }]);
    } finally {
      await admin.close();
    }
    const rows = await effectsOf(service);
    expect(rows.map((r) => r.message_id).sort()).toEqual(others.map((e) => e.id).sort());
    expect(rows.filter((r) => r.applications !== 1)).toEqual([]);
    expect((await queueState(topology.eventsQueue))?.messageCount).toBe(0);
    // Its counter row goes once the message is settled.
    await waitFor('the delivery count to be cleared', async () => (await db.count('delivery_attempts', `consumer = '${service}'`)) === 0, 5_000);
    await stopConsumer(consumer);
  });
});
