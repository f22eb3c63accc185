import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, ValidationError } from 'class-validator';
import { ConfigError, ConfigProblem } from './config-error';
import { maskSecret } from './mask-secret';

/**
 * Reads `env` into an instance of `schema` (property initializers are the defaults), converting
 * strings to the declared types, and validates it. Throws `ConfigError` listing every bad variable.
 */
export function loadConfig<T extends object>(schema: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const raw = pickDeclaredVariables(schema, env);
  const config = plainToInstance(schema, raw, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) throw new ConfigError(errors.map((e) => toProblem(e, raw)), schema.name);
  return config;
}

/**
 * Only the variables the class declares (decorated or defaulted); the rest of the environment is
 * none of our business. Empty strings count as unset, as `FOO=` in compose files usually means.
 */
function pickDeclaredVariables(schema: new () => object, env: NodeJS.ProcessEnv): Record<string, string> {
  const validated = getMetadataStorage()
    .getTargetValidationMetadatas(schema, '', true, false)
    .map((m) => m.propertyName);
  const defaulted = Object.keys(new schema());
  const picked: Record<string, string> = {};
  for (const name of new Set([...validated, ...defaulted])) {
    const value = env[name];
    if (value !== undefined && value !== '') picked[name] = value;
  }
  return picked;
}

function toProblem(error: ValidationError, raw: Record<string, string>): ConfigProblem {
  const variable = error.property;
  // Built-in class-validator messages start with the property name; ours do not. Normalise.
  const messages = Object.values(error.constraints ?? {}).map((m) =>
    m.startsWith(`${variable} `) ? m.slice(variable.length + 1) : m,
  );
  const value = raw[variable];
  return {
    variable,
    message: [...new Set(messages)].join('; '),
    ...(value === undefined ? {} : { value: maskSecret(variable, value) }),
  };
}
