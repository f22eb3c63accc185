import { decide, wasInFlight } from './attempt-rules';

const report = (status: 'pending' | 'succeeded' | 'failed') => ({ status, amount: 5000, captureReference: null, reason: null });

describe('decide', () => {
  it('waits while the provider says pending', () => {
    expect(decide('processing', report('pending'))).toBe('wait');
  });

  it('captures a success on an attempt in flight, abandoned, expired or failed (a late capture)', () => {
    for (const status of ['processing', 'initiating', 'abandoned', 'expired', 'failed'] as const) {
      expect(decide(status, report('succeeded'))).toBe('capture');
    }
  });

  it('ignores anything after a success, including a failure that arrives late', () => {
    for (const status of ['succeeded', 'refund_pending', 'refunded', 'refund_failed'] as const) {
      expect(decide(status, report('failed'))).toBe('ignore');
      expect(decide(status, report('succeeded'))).toBe('ignore');
    }
  });

  it('fails an attempt once', () => {
    expect(decide('processing', report('failed'))).toBe('fail');
    expect(decide('abandoned', report('failed'))).toBe('fail');
    expect(decide('failed', report('failed'))).toBe('ignore');
  });
});

describe('wasInFlight', () => {
  it('is true only for the statuses of the one active attempt', () => {
    expect(['queued', 'initiating', 'processing'].every((s) => wasInFlight(s as never))).toBe(true);
    expect(['abandoned', 'failed', 'succeeded', 'expired'].some((s) => wasInFlight(s as never))).toBe(false);
  });
});
