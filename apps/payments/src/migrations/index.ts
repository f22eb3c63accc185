import { MESSAGING_MIGRATIONS } from '@platter/messaging';
import { CreatePayments1700000001000 } from './1700000001000-create-payments';
import { ExtendPayments1700000002000 } from './1700000002000-extend-payments';
import { CreateLedger1700000003000 } from './1700000003000-create-ledger';
import { CreateRefunds1700000004000 } from './1700000004000-create-refunds';
import { CreateCommissionsAndPayouts1700000005000 } from './1700000005000-create-commissions-and-payouts';
import { CreateProviderAttempts1700000010000 } from './1700000010000-create-provider-attempts';
import { RequestKeyLeases1700000030000 } from './1700000030000-request-key-leases';
import { EarlyOrderNews1700000040000 } from './1700000040000-early-order-news';
import { EarlyRefundRequests1700000050000 } from './1700000050000-early-refund-requests';

export const paymentsMigrations = [...MESSAGING_MIGRATIONS, CreatePayments1700000001000, ExtendPayments1700000002000, CreateLedger1700000003000, CreateRefunds1700000004000, CreateCommissionsAndPayouts1700000005000, CreateProviderAttempts1700000010000, RequestKeyLeases1700000030000, EarlyOrderNews1700000040000, EarlyRefundRequests1700000050000];
