import { Metrics } from './metrics';

/** Value of the sample `name` whose labels include `labels` (prom-client does not fix label order). */
function sample(body: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of body.split('\n')) {
    const match = /^([a-z_]+)\{(.*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...match[2].matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

describe('Metrics', () => {
  it('renders every instrument with its labels and the service label', async () => {
    const metrics = new Metrics({ service: 'ordering', collectDefault: false });

    metrics.observeHttp('GET', '/orders/:id', 200, 0.012);
    metrics.observeRpcClient('catalog.get_menu_item', 'timeout', 5);
    metrics.observeRpcServer('ordering.get_order', 'ok', 0.003);
    metrics.countMessage('dispatch.on_order_ready', 'dead_lettered');
    metrics.observeHandling('dispatch.on_order_ready', 0.2);
    metrics.countOutboxPublished(3);
    metrics.countOutboxUnroutable('order.created');
    metrics.countRpcExpired('ordering.orders.place');

    const { contentType, body } = await metrics.render();
    expect(contentType).toMatch(/^text\/plain/);
    const http = { service: 'ordering', method: 'GET', route: '/orders/:id', status_code: '200' };
    expect(sample(body, 'http_request_duration_seconds_bucket', { ...http, le: '0.001' })).toBe(0);
    expect(sample(body, 'http_request_duration_seconds_bucket', { ...http, le: '0.025' })).toBe(1);
    expect(sample(body, 'http_request_duration_seconds_bucket', { ...http, le: '10' })).toBe(1);
    expect(sample(body, 'rpc_client_duration_seconds_count', { service: 'ordering', pattern: 'catalog.get_menu_item', outcome: 'timeout' })).toBe(1);
    expect(sample(body, 'rpc_server_duration_seconds_count', { service: 'ordering', pattern: 'ordering.get_order', outcome: 'ok' })).toBe(1);
    expect(sample(body, 'messages_total', { service: 'ordering', handler: 'dispatch.on_order_ready', outcome: 'dead_lettered' })).toBe(1);
    expect(sample(body, 'message_handling_duration_seconds_count', { service: 'ordering', handler: 'dispatch.on_order_ready' })).toBe(1);
    expect(sample(body, 'outbox_published_total', { service: 'ordering' })).toBe(3);
    expect(sample(body, 'outbox_unroutable_total', { service: 'ordering', routing_key: 'order.created' })).toBe(1);
    expect(sample(body, 'rpc_expired_total', { service: 'ordering', pattern: 'ordering.orders.place' })).toBe(1);
    expect(body).not.toContain('process_cpu_user_seconds_total');
  });

  it('collects default process metrics unless turned off', async () => {
    const { body } = await new Metrics({ service: 'kitchen' }).render();
    expect(sample(body, 'process_cpu_user_seconds_total', { service: 'kitchen' })).toBeGreaterThanOrEqual(0);
  });

  it('reads the outbox gauges from the probe at scrape time, once per scrape', async () => {
    const metrics = new Metrics({ service: 'ordering', collectDefault: false });
    let backlog = 7;
    const probe = jest.fn(async () => ({ backlog, oldestAgeSeconds: 12.5 }));
    metrics.setOutboxProbe(probe);

    let { body } = await metrics.render();
    expect(sample(body, 'outbox_backlog', { service: 'ordering' })).toBe(7);
    expect(sample(body, 'outbox_oldest_age_seconds', { service: 'ordering' })).toBe(12.5);
    expect(probe).toHaveBeenCalledTimes(1);

    backlog = 2;
    ({ body } = await metrics.render());
    expect(sample(body, 'outbox_backlog')).toBe(2);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it('reports zero before a probe is set', async () => {
    const { body } = await new Metrics({ service: 'ordering', collectDefault: false }).render();
    expect(sample(body, 'outbox_backlog')).toBe(0);
  });

  it('keeps the last values when the probe throws', async () => {
    const metrics = new Metrics({ service: 'ordering', collectDefault: false });
    let fail = false;
    metrics.setOutboxProbe(async () => {
      if (fail) throw new Error('database unavailable');
      return { backlog: 4, oldestAgeSeconds: 30 };
    });
    await metrics.render();

    fail = true;
    const { body } = await metrics.render();

    expect(sample(body, 'outbox_backlog')).toBe(4);
    expect(sample(body, 'outbox_oldest_age_seconds')).toBe(30);
    expect(body).toContain('messages_total');
  });

  it('gives up on a probe that hangs instead of hanging the scrape', async () => {
    jest.useFakeTimers();
    try {
      const metrics = new Metrics({ service: 'ordering', collectDefault: false });
      metrics.setOutboxProbe(() => new Promise(() => undefined));

      const rendering = metrics.render();
      await jest.advanceTimersByTimeAsync(2000);

      expect(sample((await rendering).body, 'outbox_backlog')).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
