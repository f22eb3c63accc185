import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuthResult, RefreshData, RefreshRequest, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { RefreshSessionService } from './refresh-session.service';

@Controller()
export class RefreshSessionRpc {
  constructor(private readonly refreshSession: RefreshSessionService) {}

  @RpcEndpoint(RPC.identity.refresh)
  refresh(@Payload() req: RpcRequest<RefreshData>): Promise<AuthResult> {
    return this.refreshSession.refresh(validData(RefreshRequest, req.data));
  }
}
