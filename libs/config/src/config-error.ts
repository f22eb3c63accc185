/** One invalid environment variable; `value` is already masked and is absent when unset. */
export interface ConfigProblem {
  variable: string;
  message: string;
  value?: string;
}

/** Every invalid variable at once, so an operator fixes the environment in one go. */
export class ConfigError extends Error {
  constructor(
    readonly problems: ConfigProblem[],
    readonly schema = 'config',
  ) {
    super([`Invalid ${schema}:`, ...problems.map(describeProblem)].join('\n'));
    this.name = 'ConfigError';
  }
}

/** `PORT: must be an integer between 1 and 65535 (got "abc")` */
export function describeProblem(problem: ConfigProblem): string {
  const got = problem.value === undefined ? 'not set' : `got ${JSON.stringify(problem.value)}`;
  return `${problem.variable}: ${problem.message} (${got})`;
}

/** The text to print before exiting when configuration cannot be loaded at start-up. */
export function formatConfigError(err: unknown): string {
  const lines =
    err instanceof ConfigError
      ? err.problems.map(describeProblem)
      : [err instanceof Error ? err.message : String(err)];
  return ['Configuration is invalid:', ...lines.map((line) => `  - ${line}`), 'Fix these environment variables and restart.'].join('\n');
}
