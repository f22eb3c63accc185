import { serviceDataSourceOptions } from './data-source';

const base = { url: 'postgres://u@db/platter', schema: 'ordering', entities: [], migrations: [] };
const optionsOf = (o: Partial<Parameters<typeof serviceDataSourceOptions>[0]>) =>
  (serviceDataSourceOptions({ ...base, ...o }).extra as { options: string }).options;

describe('serviceDataSourceOptions: connection time limits', () => {
  it('sets the schema and the OLTP limits on every connection by default', () => {
    expect(optionsOf({})).toBe('-c search_path=ordering -c statement_timeout=5000 -c lock_timeout=2000 -c idle_in_transaction_session_timeout=10000');
  });

  it('takes given limits and keeps the default of one left undefined', () => {
    expect(optionsOf({ timeouts: { statementMs: 0, lockMs: undefined, idleInTransactionMs: 30000 } })).toBe(
      '-c search_path=ordering -c statement_timeout=0 -c lock_timeout=2000 -c idle_in_transaction_session_timeout=30000',
    );
  });
});
