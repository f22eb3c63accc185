import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { JWK } from 'jose';

/** A generated ES256 key pair (the schema is reachable by identity's role only). */
@Entity({ name: 'signing_keys' })
export class SigningKeyRow {
  @PrimaryColumn('text') kid: string;
  @Column('jsonb') private_jwk: JWK;
  @Column('jsonb') public_jwk: JWK;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
}
