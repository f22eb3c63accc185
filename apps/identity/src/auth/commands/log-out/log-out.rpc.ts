import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { LogoutData, LogoutRequest, LogoutResult, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { LogOutService } from './log-out.service';

@Controller()
export class LogOutRpc {
  constructor(private readonly logOutService: LogOutService) {}

  @RpcEndpoint(RPC.identity.logout)
  logOut(@Payload() req: RpcRequest<LogoutData>): Promise<LogoutResult> {
    return this.logOutService.logOut(req.actor, validData(LogoutRequest, req.data));
  }
}
