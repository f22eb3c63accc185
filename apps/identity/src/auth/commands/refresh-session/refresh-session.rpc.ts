import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AuthResult, RPC, RefreshData, RpcRequest } from '@platter/contracts';
import { RefreshSessionService } from './refresh-session.service';

@Controller()
export class RefreshSessionHandler {
  constructor(private readonly refreshSession: RefreshSessionService) {}

  @MessagePattern(RPC.identity.refresh)
  refresh(@Payload() req: RpcRequest<RefreshData>): Promise<AuthResult> {
    return this.refreshSession.refresh(req.data);
  }
}
