import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CommissionsReport, CommissionsReportRequest, PayoutsReport, PayoutsRequest, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { MoneyReportsService } from './money-reports.service';

@Controller()
export class MoneyReportsRpc {
  constructor(private readonly reports: MoneyReportsService) {}

  @RpcEndpoint(RPC.payments.commissionsReport)
  commissions(@Payload() req: RpcRequest<unknown>): Promise<CommissionsReport> {
    requireActor(req, 'admin');
    return this.reports.commissions(validData(CommissionsReportRequest, req.data));
  }

  @RpcEndpoint(RPC.payments.payoutsReport)
  payouts(@Payload() req: RpcRequest<unknown>): Promise<PayoutsReport> {
    requireActor(req, 'admin');
    return this.reports.payoutsReport(validData(PayoutsRequest, req.data));
  }
}
