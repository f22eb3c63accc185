import { Actor } from '@platter/contracts';
import type { VerifiedActor } from '@platter/auth';

/**
 * The actor a service is told about: who the token proved. The session id stays at the edge
 * (routes that need it, like logout, pass it as data).
 */
export function actorOf(actor: VerifiedActor | null): Actor | null {
  if (!actor) return null;
  const { sid: _sid, ...actorWithoutSession } = actor;
  return actorWithoutSession;
}
