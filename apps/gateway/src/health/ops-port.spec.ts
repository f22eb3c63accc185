import { Global, Module } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TerminusModule } from '@nestjs/terminus';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { TestSigningKey, keySet, makeSigningKey, signAccessToken } from '@platter/testing';
import { DataSource } from 'typeorm';
import { AuthModule } from '@platter/auth';
import { loadConfig } from '@platter/config';
import { AmqpConnection } from '@platter/messaging';
import { Metrics } from '@platter/observability';
import { HealthController, MetricsController, PLATFORM_OPTIONS, PlatterExceptionFilter, createHttpAdapter } from '@platter/service-kit';
import { GatewayConfig } from '../gateway.config';
// For its side effect too: the platform's health and metrics controllers are Public(), as in the app.
import '../gateway.module';
import { configureHttp } from '../http/configure-http';
import { FleetHealthController } from './fleet-health.controller';
import { OpsPort } from './ops-port';

// Swagger UI's static assets are not under test, and @fastify/static pulls an ESM-only package jest cannot load.
jest.mock('@fastify/static', () => ({ __esModule: true, default: async () => undefined }));

// The gateway's two listeners on loopback ports: the public one and the ops one, over one app.
describe('the ops port and the public port', () => {
  let app: NestFastifyApplication;
  let services: Server;
  let servicesReady = true;
  let publicUrl: string;
  let opsUrl: string;
  let key: TestSigningKey;

  const token = (role: string) => signAccessToken(key, { claims: { role, email: `${role}@example.cm`, sid: 'session-1' } });

  beforeAll(async () => {
    key = await makeSigningKey('k1');
    // Stands in for the services' /health/ready.
    services = createServer((_req, res) => res.writeHead(servicesReady ? 200 : 503).end());
    await new Promise<void>((r) => services.listen(0, '127.0.0.1', () => r()));
    const servicesUrl = `http://127.0.0.1:${(services.address() as AddressInfo).port}`;
    const config = loadConfig(GatewayConfig, { SERVICE_HEALTH_URLS: `identity=${servicesUrl},kitchen=${servicesUrl}` });

    const broker = {
      isConnected: true,
      hookStates: [{ name: 'relay', status: 'failing', required: false, since: new Date().toISOString(), failures: 3, lastError: 'exchange platter.events refused' }],
    };
    @Global()
    @Module({
      providers: [
        { provide: GatewayConfig, useValue: config },
        { provide: Metrics, useValue: new Metrics({ service: 'gateway', collectDefault: false }) },
        { provide: AmqpConnection, useValue: broker },
        { provide: PLATFORM_OPTIONS, useValue: { service: 'gateway', database: false } },
        { provide: DataSource, useValue: null },
      ],
      exports: [GatewayConfig, Metrics, AmqpConnection, PLATFORM_OPTIONS, DataSource],
    })
    class FakePlatform {}

    @Module({
      imports: [FakePlatform, TerminusModule, AuthModule.forRootAsync({ useFactory: () => ({ fetchJwks: async () => keySet(key) }) })],
      controllers: [HealthController, MetricsController, FleetHealthController],
      providers: [{ provide: APP_FILTER, useClass: PlatterExceptionFilter }],
    })
    class TestGateway {}

    app = await NestFactory.create<NestFastifyApplication>(TestGateway, createHttpAdapter(), { logger: false, abortOnError: false });
    await configureHttp(app, config);
    const ops = new OpsPort(0);
    ops.install(app);
    await app.listen({ port: 0, host: '127.0.0.1' });
    publicUrl = await app.getUrl();
    opsUrl = `http://127.0.0.1:${await ops.listen(app, '127.0.0.1')}`;
  });

  afterAll(async () => {
    await app.close();
    await new Promise((r) => services.close(r));
  });

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { headers });
    const text = await res.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Prometheus text.
    }
    return { status: res.status, headers: res.headers, body };
  };

  it('refuses /metrics and /health/ready on the public port exactly as a route that does not exist', async () => {
    const unknown = await get(`${publicUrl}/no-such-route`);
    expect(unknown.status).toBe(404);
    for (const path of ['/metrics', '/health/ready', '/metrics?format=text', '/metrics/']) {
      const res = await get(`${publicUrl}${path}`);
      expect([path, res.status, res.body.success, res.body.error?.code]).toEqual([path, 404, false, 'NOT_FOUND']);
      expect(Object.keys(res.body).sort()).toEqual(Object.keys(unknown.body).sort());
      expect(res.headers.get('x-request-id')).toBeTruthy();
      expect(JSON.stringify(res.body)).not.toMatch(/broker|relay|http_request/);
    }
  });

  it('answers /health on the public port with a status only, 200 or 503', async () => {
    servicesReady = true;
    const healthy = await get(`${publicUrl}/health`);
    expect([healthy.status, healthy.body]).toEqual([200, { status: 'healthy', timestamp: expect.any(String) }]);
    const live = await get(`${publicUrl}/health/live`);
    expect(live.status).toBe(200);
    const api = await get(`${publicUrl}/api/v1/health`);
    expect([api.status, api.body]).toEqual([200, { success: true, data: { status: 'healthy', timestamp: expect.any(String) }, timestamp: expect.any(String) }]);

    servicesReady = false;
    // The public answer may be a second old (one check serves every caller in that second).
    await new Promise((r) => setTimeout(r, 1100));
    const degraded = await get(`${publicUrl}/health`);
    expect([degraded.status, degraded.body]).toEqual([503, { status: 'degraded', timestamp: expect.any(String) }]);
    const apiDegraded = await get(`${publicUrl}/api/v1/health`);
    expect([apiDegraded.status, apiDegraded.body.error?.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    expect(JSON.stringify(apiDegraded.body)).not.toMatch(/identity|kitchen/);
    servicesReady = true;
  });

  it('serves /metrics, /health/ready and the detailed /health on the ops port, and nothing else', async () => {
    const metrics = await get(`${opsUrl}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(metrics.body).toMatch(/# HELP http_request_duration_seconds/);

    const ready = await get(`${opsUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body.details.broker_hooks.hooks[0]).toMatchObject({ name: 'relay', last_error: 'exchange platter.events refused' });

    const fleet = await get(`${opsUrl}/health`);
    expect(fleet.status).toBe(200);
    expect(fleet.body).toMatchObject({ status: 'healthy', version: expect.any(String), uptime: expect.any(Number), services: { identity: { status: 'up' }, kitchen: { status: 'up' } } });
    expect((await get(`${opsUrl}/health/live`)).status).toBe(200);

    // The API, its documents and a public route are not served there, whoever asks.
    for (const path of ['/api/v1/health', '/api/v1/admin/system/health', '/api/docs-json', '/no-such-route']) {
      const res = await get(`${opsUrl}${path}`, { authorization: `Bearer ${await token('admin')}` });
      expect([path, res.status, res.body.error?.code]).toEqual([path, 404, 'NOT_FOUND']);
    }
  });

  it('shows the detailed report to admins at /api/v1/admin/system/health, and to no one else', async () => {
    expect((await get(`${publicUrl}/api/v1/admin/system/health`)).status).toBe(401);
    expect((await get(`${publicUrl}/api/v1/admin/system/health`, { authorization: `Bearer ${await token('customer')}` })).status).toBe(403);
    const admin = await get(`${publicUrl}/api/v1/admin/system/health`, { authorization: `Bearer ${await token('admin')}` });
    expect(admin.status).toBe(200);
    expect(admin.body.data).toMatchObject({ status: 'healthy', services: { identity: { status: 'up', responseTime: expect.stringMatching(/^\d+ms$/) } } });
  });
});
