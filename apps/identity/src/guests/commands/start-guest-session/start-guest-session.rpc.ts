import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GuestSessionStarted, RPC, RpcRequest, StartGuestSessionData } from '@platter/contracts';
import { StartGuestSessionService } from './start-guest-session.service';

@Controller()
export class StartGuestSessionHandler {
  constructor(private readonly startGuestSession: StartGuestSessionService) {}

  /** Public: a guest has no account to act as. */
  @MessagePattern(RPC.identity.guestSessionStart)
  start(@Payload() req: RpcRequest<StartGuestSessionData>): Promise<GuestSessionStarted> {
    return this.startGuestSession.start(req.data);
  }
}
