import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PhoneOtpRequestData, RPC, RpcRequest } from '@platter/contracts';
import { RequestPhoneOtpService } from './request-phone-otp.service';

@Controller()
export class RequestPhoneOtpHandler {
  constructor(private readonly requestPhoneOtp: RequestPhoneOtpService) {}

  @MessagePattern(RPC.identity.phoneOtpRequest)
  request(@Payload() req: RpcRequest<PhoneOtpRequestData>): Promise<{ sent: true; expires_in: number }> {
    return this.requestPhoneOtp.request(req.data ?? {});
  }
}
