import { MESSAGING_MIGRATIONS } from '@platter/messaging';
import { CreateCrmCustomers1700000001000 } from './1700000001000-create-crm-customers';
import { AddCrmErasure1700000002000 } from './1700000002000-add-crm-erasure';
import { CreateCrmProducts1700000003000 } from './1700000003000-create-crm-products';
import { CrmContactVersions1700000004000 } from './1700000004000-crm-contact-versions';

export const marketingMigrations = [...MESSAGING_MIGRATIONS, CreateCrmCustomers1700000001000, AddCrmErasure1700000002000, CreateCrmProducts1700000003000, CrmContactVersions1700000004000];
