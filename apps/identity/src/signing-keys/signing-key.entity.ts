import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { JWK } from 'jose';
import type { SigningKeyState } from './domain/rotation-policy';

/** A generated ES256 key pair (the schema is reachable by identity's role only). */
@Entity({ name: 'signing_keys' })
export class SigningKeyRow {
  @PrimaryColumn('text') kid: string;
  /** Dropped when the key is retired: nothing is signed with it any more. */
  @Column('jsonb', { nullable: true }) private_jwk: JWK | null;
  @Column('jsonb') public_jwk: JWK;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @Column('text') state: SigningKeyState;
  @Column('timestamptz') activated_at: Date;
  @Column('timestamptz', { nullable: true }) superseded_at: Date | null;
  @Column('timestamptz', { nullable: true }) retired_at: Date | null;
}
