import { CurrentUser, PublicUser } from '@platter/contracts';
import { User } from './user.entity';

/** What clients may see of a user: never the password hash. */
export function toPublicUser(user: User): PublicUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    role: user.role,
    status: user.status,
    email_verified: user.email_verified,
    created_at: user.created_at.toISOString(),
  };
}

/** The signed-in user's own view: their public account and their preferences (seen by no one else). */
export function toCurrentUser(user: User): CurrentUser {
  return { ...toPublicUser(user), preferences: (user.preferences ?? {}) as Record<string, unknown>, phone_verified: !!user.phone && !!user.phone_verified_at, birthday: user.birthday ?? null };
}
