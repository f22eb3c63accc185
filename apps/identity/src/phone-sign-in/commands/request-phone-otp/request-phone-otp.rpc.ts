import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { PhoneOtpRequestData, RequestPhoneOtpRequest, OtpSent, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { RequestPhoneOtpService } from './request-phone-otp.service';

@Controller()
export class RequestPhoneOtpRpc {
  constructor(private readonly requestPhoneOtp: RequestPhoneOtpService) {}

  @RpcEndpoint(RPC.identity.phoneOtpRequest)
  request(@Payload() req: RpcRequest<PhoneOtpRequestData>): Promise<OtpSent> {
    return this.requestPhoneOtp.request(validData(RequestPhoneOtpRequest, req.data));
  }
}
