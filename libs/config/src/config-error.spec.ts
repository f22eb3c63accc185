import { ConfigError, formatConfigError } from './config-error';

describe('formatConfigError', () => {
  it('lists every problem under a clear heading', () => {
    const err = new ConfigError(
      [
        { variable: 'PORT', message: 'must be an integer between 1 and 65535', value: 'abc' },
        { variable: 'DATABASE_URL', message: 'must be a URL starting with postgres:// or postgresql://' },
      ],
      'OrderingConfig',
    );

    expect(formatConfigError(err)).toBe(
      [
        'Configuration is invalid:',
        '  - PORT: must be an integer between 1 and 65535 (got "abc")',
        '  - DATABASE_URL: must be a URL starting with postgres:// or postgresql:// (not set)',
        'Fix these environment variables and restart.',
      ].join('\n'),
    );
  });

  it('still starts with the heading for an unexpected error', () => {
    expect(formatConfigError(new Error('boom'))).toMatch(/^Configuration is invalid:\n {2}- boom\n/);
    expect(formatConfigError('odd')).toContain('  - odd');
  });
});
