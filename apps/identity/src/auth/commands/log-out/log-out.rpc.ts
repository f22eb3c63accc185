import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { LogoutData, LogoutResult, RPC, RpcRequest } from '@platter/contracts';
import { LogOutService } from './log-out.service';

@Controller()
export class LogOutHandler {
  constructor(private readonly logOutService: LogOutService) {}

  @MessagePattern(RPC.identity.logout)
  logOut(@Payload() req: RpcRequest<LogoutData>): Promise<LogoutResult> {
    return this.logOutService.logOut(req.actor, req.data ?? {});
  }
}
