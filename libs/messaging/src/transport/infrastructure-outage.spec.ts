import { isInfrastructureOutage } from './rabbit-transport';

describe('isInfrastructureOutage', () => {
  it.each([
    [{ code: '08006', message: 'connection failure' }],
    [{ code: '57P01', message: 'terminating connection due to administrator command' }],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    [new Error('Connection terminated unexpectedly')],
    [new Error('timeout exceeded when trying to connect')],
  ])('treats %p as an outage (retried without spending an attempt)', (err) => {
    expect(isInfrastructureOutage(err)).toBe(true);
  });

  it.each([
    [new Error('handler bug')],
    [{ code: '23505', message: 'duplicate key value violates unique constraint' }],
    [{ code: 'INVALID_STATE_TRANSITION', message: 'no' }],
    [null],
  ])('treats %p as the message failing (counted against its attempts)', (err) => {
    expect(isInfrastructureOutage(err)).toBe(false);
  });
});
