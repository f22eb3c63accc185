import { BaseServiceConfig } from './base-service-config';
import { ConfigError } from './config-error';
import { IntInRange } from './env-rules';
import { loadConfig } from './load-config';
import { ServiceWithDatabaseConfig } from './service-with-database-config';

class OrderingConfig extends ServiceWithDatabaseConfig {
  override PORT = 3103;
}

const DATABASE_URL = 'postgres://platter_ordering:s3cr3t@127.0.0.1:5432/platter';

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the defaults when nothing is set', () => {
    const config = loadConfig(BaseServiceConfig, {});

    expect(config).toBeInstanceOf(BaseServiceConfig);
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      LOG_LEVEL: 'info',
      AMQP_URL: 'amqp://guest:guest@127.0.0.1:5672',
      PLATTER_NAMESPACE: 'platter',
      AMQP_PREFETCH: 20,
      AMQP_RPC_PREFETCH: 8,
      HANDLER_TIMEOUT_MS: 30_000,
      MAX_DELIVERIES: 5,
      DRAIN_TIMEOUT_MS: 8_000,
      RETRY_DELAYS_MS: '1000,5000,30000',
      RPC_TIMEOUT_MS: 5000,
    });
    expect(config.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(config.SERVICE_INSTANCE_ID).toBeUndefined();
    expect(config.retryDelaysMs).toEqual([1000, 5000, 30000]);
  });

  it('converts strings to the declared types', () => {
    const config = loadConfig(ServiceWithDatabaseConfig, {
      PORT: '8080',
      AMQP_PREFETCH: '5',
      RETRY_DELAYS_MS: '10, 20,30',
      DATABASE_URL,
      DATABASE_POOL_MAX: '50',
      DATABASE_RUN_MIGRATIONS: 'false',
      NODE_ENV: 'production',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
    });

    expect(config.PORT).toBe(8080);
    expect(config.AMQP_PREFETCH).toBe(5);
    expect(config.retryDelaysMs).toEqual([10, 20, 30]);
    expect(config.DATABASE_POOL_MAX).toBe(50);
    expect(config.DATABASE_RUN_MIGRATIONS).toBe(false);
    expect(config.DATABASE_URL).toBe(DATABASE_URL);
    expect(config.NODE_ENV).toBe('production');
    expect(config.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://collector:4318');
  });

  it('lets a service subclass override a default, which the environment still overrides', () => {
    expect(loadConfig(OrderingConfig, { DATABASE_URL }).PORT).toBe(3103);
    expect(loadConfig(OrderingConfig, { DATABASE_URL, PORT: '4000' }).PORT).toBe(4000);
    expect(loadConfig(OrderingConfig, { DATABASE_URL }).DATABASE_RUN_MIGRATIONS).toBe(true);
  });

  it('ignores variables the class does not declare', () => {
    const config = loadConfig(BaseServiceConfig, { HOME: '/root', PATH: '/bin', GATEWAY_SECRET: 'x' });

    expect(config).not.toHaveProperty('HOME');
    expect(config).not.toHaveProperty('GATEWAY_SECRET');
  });

  it('treats an empty value as unset', () => {
    const config = loadConfig(BaseServiceConfig, { PORT: '', OTEL_EXPORTER_OTLP_ENDPOINT: '' });

    expect(config.PORT).toBe(3000);
    expect(config.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
  });

  it('reports every bad variable together, one per line', () => {
    const err = configError(() =>
      loadConfig(OrderingConfig, {
        PORT: 'abc',
        NODE_ENV: 'staging',
        LOG_LEVEL: 'loud',
        AMQP_URL: 'http://rabbit',
        PLATTER_NAMESPACE: 'Platter!',
        AMQP_PREFETCH: '0',
        RETRY_DELAYS_MS: '1000,-5',
        RPC_TIMEOUT_MS: '1.5',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'collector',
        DATABASE_SCHEMA: 'Ordering',
        DATABASE_POOL_MAX: '500',
        DATABASE_RUN_MIGRATIONS: 'yes',
      }),
    );

    expect(err.problems.map((p) => p.variable).sort()).toEqual(
      [
        'AMQP_PREFETCH', 'AMQP_URL', 'DATABASE_POOL_MAX', 'DATABASE_RUN_MIGRATIONS', 'DATABASE_SCHEMA', 'DATABASE_URL',
        'LOG_LEVEL', 'NODE_ENV', 'OTEL_EXPORTER_OTLP_ENDPOINT', 'PLATTER_NAMESPACE', 'PORT', 'RETRY_DELAYS_MS',
        'RPC_TIMEOUT_MS',
      ].sort(),
    );
    const lines = err.message.split('\n');
    expect(lines[0]).toBe('Invalid OrderingConfig:');
    expect(lines).toContain('PORT: must be an integer between 1 and 65535 (got "abc")');
    expect(lines).toContain('NODE_ENV: must be one of development, test, production (got "staging")');
    expect(lines).toContain('AMQP_URL: must be a URL starting with amqp:// or amqps:// (got "http://rabbit")');
    expect(lines).toContain('DATABASE_URL: must be a URL starting with postgres:// or postgresql:// (not set)');
    expect(lines).toContain('DATABASE_RUN_MIGRATIONS: must be "true" or "false" (got "yes")');
    expect(lines).toContain('RETRY_DELAYS_MS: must be a comma-separated list of positive integers (got "1000,-5")');
    expect(lines).toHaveLength(1 + err.problems.length);
    expect(err.problems.find((p) => p.variable === 'PORT')).toEqual({
      variable: 'PORT',
      message: 'must be an integer between 1 and 65535',
      value: 'abc',
    });
  });

  it('masks secrets in the message and in the problems', () => {
    class WithSecrets extends ServiceWithDatabaseConfig {
      @IntInRange(1, 10)
      JWT_SIGNING_KEY: number = 1;
    }

    const err = configError(() =>
      loadConfig(WithSecrets, {
        DATABASE_URL: 'mysql://platter:hunter2@db:3306/platter',
        AMQP_URL: 'http://rabbit:carrot@broker',
        JWT_SIGNING_KEY: 'topsecretvalue',
      }),
    );

    expect(err.message).not.toMatch(/hunter2|carrot|topsecretvalue/);
    expect(JSON.stringify(err.problems)).not.toMatch(/hunter2|carrot|topsecretvalue/);
    expect(err.message).toContain('(got "mysql://platter:****@db:3306/platter")');
    expect(err.message).toContain('(got "http://rabbit:****@broker")');
    expect(err.message).toContain('JWT_SIGNING_KEY: must be an integer between 1 and 10 (got "****")');
  });

  it('trusts X-Forwarded-For from loopback proxies only, unless TRUST_PROXY says otherwise', () => {
    expect(loadConfig(BaseServiceConfig, {}).trustProxy).toEqual(['loopback']);
    expect(loadConfig(BaseServiceConfig, { TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    expect(loadConfig(BaseServiceConfig, { TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig(BaseServiceConfig, { TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    for (const bad of ['1', 'proxy.example.com', '10.0.0.0/8;rm']) {
      expect(() => loadConfig(BaseServiceConfig, { TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  it('reads process.env by default', () => {
    const saved = process.env.PLATTER_NAMESPACE;
    process.env.PLATTER_NAMESPACE = 'ci_42';
    try {
      expect(loadConfig(BaseServiceConfig).PLATTER_NAMESPACE).toBe('ci_42');
    } finally {
      if (saved === undefined) delete process.env.PLATTER_NAMESPACE;
      else process.env.PLATTER_NAMESPACE = saved;
    }
  });
});
