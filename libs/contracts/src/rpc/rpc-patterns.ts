import { UserRole } from '../events';

/** Who is asking: set by the gateway from a verified token, trusted by services. */
export interface Actor {
  user_id: string;
  role: UserRole;
  email?: string;
}

/** Body of every gateway → service request. */
export interface RpcRequest<D = unknown> {
  actor: Actor | null;
  data: D;
}

export const SERVICES = [
  'identity', 'catalog', 'ordering', 'dispatch', 'payments', 'notifications', 'marketing', 'kitchen',
] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * Request/reply patterns. The first segment names the service whose RPC queue answers it.
 */
export const RPC = {
  identity: {
    register: 'identity.auth.register',
    login: 'identity.auth.login',
    refresh: 'identity.auth.refresh',
    logout: 'identity.auth.logout',
    jwks: 'identity.auth.jwks',
    me: 'identity.users.me',
    twoFactorSetup: 'identity.2fa.setup',
    twoFactorVerify: 'identity.2fa.verify',
    twoFactorDisable: 'identity.2fa.disable',
    backupCodesRemaining: 'identity.2fa.backup-codes.remaining',
    backupCodesRegenerate: 'identity.2fa.backup-codes.regenerate',
    adminListUsers: 'identity.admin.users.list',
    adminGetUser: 'identity.admin.users.get',
    adminSetUserStatus: 'identity.admin.users.set-status',
  },
  catalog: {
    createRestaurant: 'catalog.restaurants.create',
    myRestaurant: 'catalog.restaurants.mine',
    approveRestaurant: 'catalog.restaurants.approve',
    listPublic: 'catalog.restaurants.list-public',
    getPublic: 'catalog.restaurants.get-public',
    publicMenu: 'catalog.menu.public',
    createCategory: 'catalog.menu.create-category',
    createItem: 'catalog.menu.create-item',
  },
  ordering: {
    place: 'ordering.orders.place',
    getForCustomer: 'ordering.orders.get-for-customer',
    listForCustomer: 'ordering.orders.list-for-customer',
    accept: 'ordering.orders.accept',
    reject: 'ordering.orders.reject',
    preparing: 'ordering.orders.preparing',
    ready: 'ordering.orders.ready',
  },
  kitchen: {
    listTickets: 'kitchen.tickets.list',
  },
  dispatch: {
    listDeliveries: 'dispatch.deliveries.list',
  },
  payments: {
    listPayments: 'payments.payments.list',
  },
  notifications: {
    listLogs: 'notifications.logs.list',
  },
  marketing: {
    listCustomers: 'marketing.customers.list',
  },
} as const;

export function serviceOfPattern(pattern: string): ServiceName {
  const service = pattern.split('.')[0] as ServiceName;
  if (!SERVICES.includes(service)) throw new Error(`RPC pattern ${pattern} names no service`);
  return service;
}
