import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { DriverDocumentType } from '@platter/contracts';

/** A KYC document a driver uploaded; its bytes live in the document store under storage_key. */
@Entity({ name: 'driver_documents' })
export class DriverDocument {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') driver_id: string;
  @Column('text') type: DriverDocumentType;
  @Column('text') file_name: string;
  @Column('text') content_type: string;
  @Column('integer') size_bytes: number;
  @Column('text') storage_key: string;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
}
