import { ServiceUnavailableException } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TerminusModule } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { AmqpConnection } from '@platter/messaging';
import { PLATFORM_OPTIONS } from '../platform/platform-options';
import { HealthController } from './health.controller';

const AMQP_URL = process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

jest.setTimeout(60_000);

async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The readiness answer, whether terminus returned it (ready) or threw it (503). */
async function readiness(controller: HealthController): Promise<{ ready: boolean; body: Record<string, any> }> {
  try {
    return { ready: true, body: (await controller.ready()) as Record<string, any> };
  } catch (err) {
    if (!(err instanceof ServiceUnavailableException)) throw err;
    return { ready: false, body: err.getResponse() as Record<string, any> };
  }
}

describe('/health/ready and the broker setup hooks (RabbitMQ)', () => {
  it('is not ready while a required hook fails, names it with its error, and is ready once it recovers', async () => {
    const connection = new AmqpConnection({ url: AMQP_URL, name: 'test-health-hooks', minBackoffMs: 50, maxBackoffMs: 200 });
    const moduleRef = await Test.createTestingModule({
      imports: [TerminusModule],
      controllers: [HealthController],
      providers: [
        { provide: AmqpConnection, useValue: connection },
        { provide: PLATFORM_OPTIONS, useValue: { service: 'health-test', database: false } },
        { provide: DataSource, useValue: null },
      ],
    }).compile();
    const controller = moduleRef.get(HealthController);
    let runs = 0;
    let openGate!: () => void;
    const gate = new Promise<void>((r) => (openGate = r));
    try {
      await connection.onConnect('orders-consumer', async () => undefined);
      await connection.onConnect('flaky-consumer', async () => {
        runs++;
        if (runs <= 2) throw new Error(`queue declaration refused (run ${runs})`);
        await gate; // the third run succeeds once the test has looked
      });
      await connection.onConnect('telemetry', async () => {
        throw new Error('telemetry exchange refused');
      }, { required: false });
      connection.start();
      await waitFor('the third run of the flaky hook', () => runs === 3);

      const failing = await readiness(controller);
      expect(failing.ready).toBe(false);
      expect(failing.body.details.broker).toEqual({ status: 'up' });
      expect(failing.body.details.broker_hooks).toMatchObject({
        status: 'down',
        not_ready: ['flaky-consumer'],
        hooks: [
          { name: 'orders-consumer', status: 'ok', required: true, last_error: null },
          { name: 'flaky-consumer', status: 'failing', required: true, failures: 2, last_error: 'queue declaration refused (run 2)', since: expect.any(String) },
          { name: 'telemetry', status: 'failing', required: false, last_error: 'telemetry exchange refused' },
        ],
      });

      openGate();
      await waitFor('the flaky hook to recover', () => connection.hookStates[1].status === 'ok');
      const recovered = await readiness(controller);
      // The optional hook still fails: reported, but it does not hold readiness back.
      expect(recovered.ready).toBe(true);
      expect(recovered.body.details.broker_hooks.status).toBe('up');
      expect(recovered.body.details.broker_hooks.hooks.map((h: { name: string; status: string }) => [h.name, h.status])).toEqual([
        ['orders-consumer', 'ok'],
        ['flaky-consumer', 'ok'],
        ['telemetry', 'failing'],
      ]);
    } finally {
      openGate();
      await connection.close();
      await moduleRef.close();
    }
  });
});
