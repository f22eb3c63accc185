import { Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { ListAuditLogHandler } from './queries/list-audit-log/list-audit-log.handler';

@Module({ controllers: [ListAuditLogHandler], providers: [AuditLog], exports: [AuditLog] })
export class AuditModule {}
