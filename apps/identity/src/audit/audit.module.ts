import { AuditEntryRepository } from './audit-entry.repository';
import { Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { ListAuditLogRpc } from './queries/list-audit-log/list-audit-log.rpc';

@Module({ controllers: [ListAuditLogRpc], providers: [AuditLog, AuditEntryRepository], exports: [AuditLog, AuditEntryRepository] })
export class AuditModule {}
