import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { EnsureAdmin } from './ensure-admin.service';

@Module({ imports: [AuthModule, AuditModule], providers: [EnsureAdmin], exports: [EnsureAdmin] })
export class AdminBootstrapModule {}
