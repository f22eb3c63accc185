import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AuthResult, LoginData, RPC, RpcRequest } from '@platter/contracts';
import { LogInService } from './log-in.service';

@Controller()
export class LogInHandler {
  constructor(private readonly logInService: LogInService) {}

  @MessagePattern(RPC.identity.login)
  logIn(@Payload() req: RpcRequest<LoginData>): Promise<AuthResult> {
    return this.logInService.logIn(req.data);
  }
}
