import { GuestSessionView } from '@platter/contracts';
import { GuestSession } from './guest-session.entity';

export function toGuestSessionView(session: GuestSession): GuestSessionView {
  return {
    guest_id: session.id,
    name: session.name,
    phone: session.phone,
    email: session.email,
    expires_at: session.expires_at.toISOString(),
    converted_user_id: session.converted_user_id,
  };
}
