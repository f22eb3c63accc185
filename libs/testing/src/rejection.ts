import { PlatterError } from '@platter/contracts';

/** The PlatterError a promise rejects with; fails the test if it resolves or throws anything else. */
export async function rejection(promise: Promise<unknown>): Promise<PlatterError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof PlatterError)) throw new Error(`expected a PlatterError, got ${String(err)}`);
  return err;
}
