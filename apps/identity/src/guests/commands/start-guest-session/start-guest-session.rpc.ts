import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { GuestSessionStarted, RPC, RpcRequest, StartGuestSessionData, StartGuestSessionRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { StartGuestSessionService } from './start-guest-session.service';

@Controller()
export class StartGuestSessionRpc {
  constructor(private readonly startGuestSession: StartGuestSessionService) {}

  /** Public: a guest has no account to act as. */
  @RpcEndpoint(RPC.identity.guestSessionStart)
  start(@Payload() req: RpcRequest<StartGuestSessionData>): Promise<GuestSessionStarted> {
    return this.startGuestSession.start(validData(StartGuestSessionRequest, req.data));
  }
}
