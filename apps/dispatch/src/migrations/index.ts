import { MESSAGING_MIGRATIONS } from '@platter/messaging';
import { CreateDrivers1700000001000 } from './1700000001000-create-drivers';
import { CreateDeliveries1700000002000 } from './1700000002000-create-deliveries';
import { DeliveryFlow1700000003000 } from './1700000003000-delivery-flow';
import { DriverOnboarding1700000004000 } from './1700000004000-driver-onboarding';
import { Assignment1700000006000 } from './1700000006000-assignment';
import { DriverPositions1700000009000 } from './1700000009000-driver-positions';
import { EarlyOrderNews1700000010000 } from './1700000010000-early-order-news';
import { ErasedAccounts1700000011000 } from './1700000011000-erased-accounts';
import { EarlyAccountNews1700000012000 } from './1700000012000-early-account-news';

export const dispatchMigrations = [...MESSAGING_MIGRATIONS, CreateDrivers1700000001000, CreateDeliveries1700000002000, DeliveryFlow1700000003000, DriverOnboarding1700000004000, Assignment1700000006000, DriverPositions1700000009000, EarlyOrderNews1700000010000, ErasedAccounts1700000011000, EarlyAccountNews1700000012000];
