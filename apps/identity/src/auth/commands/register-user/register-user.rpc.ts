import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuthResult, RegisterData, RegisterRequest, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { RegisterUserService } from './register-user.service';

@Controller()
export class RegisterUserRpc {
  constructor(private readonly registerUser: RegisterUserService) {}

  @RpcEndpoint(RPC.identity.register)
  register(@Payload() req: RpcRequest<RegisterData>): Promise<AuthResult> {
    return this.registerUser.register(validData(RegisterRequest, req.data));
  }
}
