import { Module } from '@nestjs/common';
import { SigningKeys } from './signing-keys.service';

@Module({ providers: [SigningKeys], exports: [SigningKeys] })
export class SigningKeysModule {}
