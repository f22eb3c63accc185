import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuthResult, LoginData, LoginRequest, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { LogInService } from './log-in.service';

@Controller()
export class LogInRpc {
  constructor(private readonly logInService: LogInService) {}

  @RpcEndpoint(RPC.identity.login)
  logIn(@Payload() req: RpcRequest<LoginData>): Promise<AuthResult> {
    return this.logInService.logIn(validData(LoginRequest, req.data));
  }
}
