import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { GuestSessionTokenData, GuestSessionView, NotFoundError, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint } from '@platter/service-kit';
import { GuestSessions } from '../../guest-sessions';
import { toGuestSessionView } from '../../guest-session.view';

/** A live guest session by its token; unknown and expired are the same NOT_FOUND. */
@Controller()
export class GetGuestSessionRpc {
  constructor(private readonly sessions: GuestSessions) {}

  // Not checked against GuestSessionTokenRequest: a malformed token is answered like an unknown one.
  @RpcEndpoint(RPC.identity.guestSessionGet)
  async get(@Payload() req: RpcRequest<GuestSessionTokenData>): Promise<GuestSessionView> {
    const session = await this.sessions.findLive(req.data?.token);
    if (!session) throw new NotFoundError('Guest session');
    return toGuestSessionView(session);
  }
}
