// A consumer in its own process, so a test can kill it (SIGKILL) at the worst moments:
//   KILL=before-commit  the KILL_AT-th handler wrote its effect, its transaction is still open;
//   KILL=after-commit   the KILL_AT-th message's transaction committed, its ack not yet sent.
// It writes which message it died on to KILL_REPORT first. Talks to the parent over IPC:
// {type:'ready'}, {type:'outcome', handler, outcome}; 'stop' makes it shut down cleanly.
// POISON=<message id>: the handler of that message calls process.exit(POISON_EXIT_CODE) inside its
// transaction, every time (a message that kills its consumer). MAX_DELIVERIES sets the transport's limit.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { DataSource, EntityManager } from 'typeorm';
import { TransactionHost, serviceDataSourceOptions } from '@platter/persistence';
import { currentMessageContext } from '../message-context';
import { MessagingMetrics } from '../ports';
import { newBehaviour, startEffectsConsumer } from './effects-consumer';

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
}

const killMode = process.env.KILL as 'before-commit' | 'after-commit' | undefined;
const killAt = Number(process.env.KILL_AT ?? 0);
const poison = process.env.POISON;
const POISON_EXIT_CODE = 70;

function die(mode: string, messageId: string): never {
  writeFileSync(required('KILL_REPORT'), JSON.stringify({ mode, messageId, pid: process.pid }));
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
}

/** Dies right after the armed message's own transaction committed: the transport has not acked yet. */
class KillSwitchTransactionHost extends TransactionHost {
  armedFor: string | null = null;

  override async run<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    const outermost = !this.inTransaction;
    const result = await super.run(fn);
    const messageId = currentMessageContext()?.messageId;
    if (outermost && messageId && messageId === this.armedFor) die('after-commit', messageId);
    return result;
  }
}

const send = (m: object) => process.send?.(m);

const ipcMetrics: MessagingMetrics = {
  countMessage: (handler, outcome) => send({ type: 'outcome', handler, outcome }),
  observeHandling() {},
  observeRpcServer() {},
  observeRpcClient() {},
  countOutboxPublished() {},
};

async function main(): Promise<void> {
  const schema = required('DATABASE_SCHEMA');
  const dataSource = new DataSource(
    serviceDataSourceOptions({ url: required('DATABASE_URL'), schema, entities: [], migrations: [], poolMax: 20, applicationName: `consumer-${schema}` }),
  );
  await dataSource.initialize();
  const transactions = new KillSwitchTransactionHost(dataSource);
  const behaviour = newBehaviour();
  let written = 0;
  behaviour.afterWrite = (messageId) => {
    if (messageId === poison) process.exit(POISON_EXIT_CODE);
    written++;
    if (!killMode || written !== killAt) return;
    if (killMode === 'before-commit') die('before-commit', messageId);
    transactions.armedFor = messageId;
  };
  const consumer = await startEffectsConsumer({
    url: required('AMQP_URL'),
    namespace: required('PLATTER_NAMESPACE'),
    service: required('SERVICE'),
    transactions,
    behaviour,
    prefetch: Number(process.env.PREFETCH ?? 10),
    metrics: ipcMetrics,
    maxDeliveries: process.env.MAX_DELIVERIES ? Number(process.env.MAX_DELIVERIES) : undefined,
  });
  process.on('message', async (m) => {
    if (m !== 'stop') return;
    await consumer.close();
    await dataSource.destroy();
    process.disconnect?.();
    process.exit(0);
  });
  send({ type: 'ready', pid: process.pid });
}

main().catch((err) => {
  process.stderr.write(`consumer-process failed: ${(err as Error).stack}\n`);
  process.exit(1);
});
