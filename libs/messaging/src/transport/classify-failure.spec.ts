import { HandlerTimeoutError, classifyFailure } from './classify-failure';

/** What TypeORM throws for a failed query: the pg driver's error in `driverError`. */
function queryFailed(driverError: object): Error {
  return Object.assign(new Error('QueryFailedError'), { name: 'QueryFailedError', driverError, ...driverError });
}

function socketError(code: string, message = `${code} something`): Error {
  return Object.assign(new Error(message), { code, errno: -1, syscall: 'read' });
}

describe('classifyFailure', () => {
  it.each([
    ['08006 connection_failure', { code: '08006', message: 'connection failure' }],
    ['08001 sqlclient_unable_to_establish_sqlconnection', { code: '08001', message: 'could not connect' }],
    ['57P01 admin_shutdown', { code: '57P01', message: 'terminating connection due to administrator command' }],
    ['57P02 crash_shutdown', { code: '57P02', message: 'terminating connection because of crash of another server process' }],
    ['57P03 cannot_connect_now', { code: '57P03', message: 'the database system is starting up' }],
    ['53300 too_many_connections', { code: '53300', message: 'sorry, too many clients already' }],
    ['08006 wrapped by TypeORM', queryFailed({ code: '08006', message: 'connection failure' })],
    ['the pool timing out on connect', new Error('timeout exceeded when trying to connect')],
    ['pg losing its connection', new Error('Connection terminated unexpectedly')],
    ['the database refusing connections', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a reset socket inside a failed query', queryFailed(socketError('ECONNRESET'))],
  ])('%s is an outage (waits, spends no attempt)', (_what, err) => {
    expect(classifyFailure(err)).toBe('outage');
  });

  it.each([
    ['40P01 deadlock_detected', queryFailed({ code: '40P01', message: 'deadlock detected' })],
    ['40001 serialization_failure', queryFailed({ code: '40001', message: 'could not serialize access' })],
    ['55P03 lock_not_available', queryFailed({ code: '55P03', message: 'canceling statement due to lock timeout' })],
    ['57014 query_canceled (statement timeout)', queryFailed({ code: '57014', message: 'canceling statement due to statement timeout' })],
    ['40001 unwrapped', { code: '40001', message: 'could not serialize access' }],
    ['the handler timing out', new HandlerTimeoutError('order.created', 30_000)],
    ['ECONNRESET from Redis', socketError('ECONNRESET', 'read ECONNRESET')],
    ['ETIMEDOUT from an HTTP peer', socketError('ETIMEDOUT', 'connect ETIMEDOUT 10.0.0.9:443')],
    ['EPIPE from a socket', socketError('EPIPE', 'write EPIPE')],
    ['fetch failing on a reset socket', Object.assign(new TypeError('fetch failed'), { cause: socketError('ECONNRESET') })],
  ])('%s is transient (retried, spends attempts, dead-lettered when exhausted)', (_what, err) => {
    expect(classifyFailure(err)).toBe('transient');
  });

  it.each([
    ['a handler bug', new Error('handler bug')],
    ['23505 unique_violation', queryFailed({ code: '23505', message: 'duplicate key value violates unique constraint' })],
    ['a rule refusing the message', { code: 'INVALID_STATE_TRANSITION', message: 'no' }],
    ['a five-character code outside the known classes', { code: '22P02', message: 'invalid input syntax for type uuid' }],
    ['null', null],
    ['a string', 'boom'],
  ])('%s is permanent (normal retry schedule)', (_what, err) => {
    expect(classifyFailure(err)).toBe('permanent');
  });
});
