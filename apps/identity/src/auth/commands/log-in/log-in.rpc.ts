import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuthResult, LoginData, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint } from '@platter/service-kit';
import { LogInService } from './log-in.service';

@Controller()
export class LogInRpc {
  constructor(private readonly logInService: LogInService) {}

  @RpcEndpoint(RPC.identity.login)
  logIn(@Payload() req: RpcRequest<LoginData>): Promise<AuthResult> {
    return this.logInService.logIn(req.data);
  }
}
