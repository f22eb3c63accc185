import { ConfigError } from './config-error';
import { loadConfig } from './load-config';
import { ServiceWithDatabaseConfig } from './service-with-database-config';

const DATABASE_URL = 'postgres://platter_ordering:s3cr3t@127.0.0.1:5432/platter';

describe('ServiceWithDatabaseConfig: time limits and capacity', () => {
  it('defaults to OLTP limits, a reserve for RPCs and health, and three transaction attempts', () => {
    expect(loadConfig(ServiceWithDatabaseConfig, { DATABASE_URL })).toMatchObject({
      DATABASE_STATEMENT_TIMEOUT_MS: 5000,
      DATABASE_LOCK_TIMEOUT_MS: 2000,
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 10_000,
      DATABASE_CONNECT_TIMEOUT_MS: 5000,
      DATABASE_RESERVED_CONNECTIONS: 3,
      DATABASE_TRANSACTION_ATTEMPTS: 3,
    });
  });

  it('reads them from the environment, 0 turning a limit off', () => {
    const config = loadConfig(ServiceWithDatabaseConfig, {
      DATABASE_URL,
      DATABASE_STATEMENT_TIMEOUT_MS: '0',
      DATABASE_LOCK_TIMEOUT_MS: '500',
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '60000',
      DATABASE_RESERVED_CONNECTIONS: '5',
      DATABASE_TRANSACTION_ATTEMPTS: '1',
    });
    expect(config).toMatchObject({ DATABASE_STATEMENT_TIMEOUT_MS: 0, DATABASE_LOCK_TIMEOUT_MS: 500, DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 60_000, DATABASE_RESERVED_CONNECTIONS: 5, DATABASE_TRANSACTION_ATTEMPTS: 1 });
  });

  it('refuses negative limits and zero attempts', () => {
    let caught: unknown;
    try {
      loadConfig(ServiceWithDatabaseConfig, { DATABASE_URL, DATABASE_LOCK_TIMEOUT_MS: '-1', DATABASE_TRANSACTION_ATTEMPTS: '0' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).problems.map((p) => p.variable).sort()).toEqual(['DATABASE_LOCK_TIMEOUT_MS', 'DATABASE_TRANSACTION_ATTEMPTS']);
  });
});
