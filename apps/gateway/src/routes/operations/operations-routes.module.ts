import { Module } from '@nestjs/common';
import { DeadLettersController } from './dead-letters.controller';

/** /admin/dead-letters/* → the broker itself (the gateway holds the fleet's operator view of it). */
@Module({ controllers: [DeadLettersController] })
export class OperationsRoutesModule {}
