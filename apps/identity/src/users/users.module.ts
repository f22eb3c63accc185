import { Module } from '@nestjs/common';
import { GetMeHandler } from './queries/get-me/get-me.handler';

@Module({ controllers: [GetMeHandler] })
export class UsersModule {}
