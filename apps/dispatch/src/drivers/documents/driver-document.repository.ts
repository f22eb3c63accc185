import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { DriverDocument } from './driver-document.entity';

/** The rows of drivers' documents (their bytes live in the document store). */
@Injectable()
export class DriverDocumentRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(document: Omit<DriverDocument, 'created_at'>): Promise<void> {
    await this.tx.repository(DriverDocument).insert(document);
  }

  byIdOrFail(id: string): Promise<DriverDocument> {
    return this.tx.repository(DriverDocument).findOneByOrFail({ id });
  }

  /** One document of one driver (null when the driver has no such document). */
  ofDriver(driverId: string, documentId: string): Promise<DriverDocument | null> {
    return this.tx.repository(DriverDocument).findOneBy({ id: documentId, driver_id: driverId });
  }

  allOf(driverId: string): Promise<DriverDocument[]> {
    return this.tx.repository(DriverDocument).find({ where: { driver_id: driverId } });
  }

  /** A driver's documents, first uploaded first. */
  inUploadOrder(driverId: string): Promise<DriverDocument[]> {
    return this.tx.repository(DriverDocument).find({ where: { driver_id: driverId }, order: { created_at: 'ASC', id: 'ASC' } });
  }

  async deleteAllOf(driverId: string): Promise<void> {
    await this.tx.repository(DriverDocument).delete({ driver_id: driverId });
  }
}
