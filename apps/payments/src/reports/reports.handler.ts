import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CommissionsReport, PayoutsReport, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData } from '@platter/service-kit';
import { CommissionsReportRequest, PayoutsReportRequest } from './reports.requests';
import { ReportsService } from './reports.service';

@Controller()
export class ReportsHandler {
  constructor(private readonly reports: ReportsService) {}

  @MessagePattern(RPC.payments.commissionsReport)
  commissions(@Payload() req: RpcRequest<unknown>): Promise<CommissionsReport> {
    requireActor(req, 'admin');
    return this.reports.commissions(validData(CommissionsReportRequest, req.data));
  }

  @MessagePattern(RPC.payments.payoutsReport)
  payouts(@Payload() req: RpcRequest<unknown>): Promise<PayoutsReport> {
    requireActor(req, 'admin');
    return this.reports.payoutsReport(validData(PayoutsReportRequest, req.data));
  }
}
