/** What a secret looks like in messages and in `ConfigError.problems`. */
export const SECRET_MASK = '****';

// Variable names that announce a secret: the whole value is hidden.
const SECRET_VARIABLE_NAME = /PASSWORD|SECRET|KEY|TOKEN/i;
// `scheme://user:password@host`: only the password is hidden, so the rest still helps debugging.
// Greedy up to the last "@" because a badly encoded password may itself contain "@".
const URL_PASSWORD = /^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*:)(.*)@/i;

/**
 * Makes an env value safe to print. Applied to every variable, not only DATABASE_URL/AMQP_URL,
 * so a URL with credentials in any variable never reaches the logs.
 */
export function maskSecret(variable: string, value: string): string {
  if (SECRET_VARIABLE_NAME.test(variable)) return SECRET_MASK;
  return value.replace(URL_PASSWORD, `$1${SECRET_MASK}@`);
}
