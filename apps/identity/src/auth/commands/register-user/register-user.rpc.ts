import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuthResult, RPC, RegisterData, RpcRequest } from '@platter/contracts';
import { RpcEndpoint } from '@platter/service-kit';
import { RegisterUserService } from './register-user.service';

@Controller()
export class RegisterUserRpc {
  constructor(private readonly registerUser: RegisterUserService) {}

  @RpcEndpoint(RPC.identity.register)
  register(@Payload() req: RpcRequest<RegisterData>): Promise<AuthResult> {
    return this.registerUser.register(req.data);
  }
}
