import { UserRole } from '../events';

/** Who is asking: set by the gateway from a verified token, trusted by services. */
export interface Actor {
  user_id: string;
  role: UserRole;
  email?: string;
  /** The restaurant the token acts for (owners and staff), with the membership role held there. */
  restaurant_id?: string;
  restaurant_role?: MembershipRole;
}

/** A user's role within one restaurant team: the owner, managers, and staff. */
export const MEMBERSHIP_ROLES = ['owner', 'manager', 'staff'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

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
    forgotPassword: 'identity.auth.forgot-password',
    resetPassword: 'identity.auth.reset-password',
    unlockAccount: 'identity.auth.unlock',
    verifyEmail: 'identity.auth.verify-email',
    resendEmailVerification: 'identity.auth.verify-email.resend',
    me: 'identity.users.me',
    twoFactorSetup: 'identity.2fa.setup',
    twoFactorVerify: 'identity.2fa.verify',
    twoFactorDisable: 'identity.2fa.disable',
    backupCodesRemaining: 'identity.2fa.backup-codes.remaining',
    backupCodesRegenerate: 'identity.2fa.backup-codes.regenerate',
    adminListUsers: 'identity.admin.users.list',
    adminGetUser: 'identity.admin.users.get',
    adminSetUserStatus: 'identity.admin.users.set-status',
    adminDeleteUser: 'identity.admin.users.delete',
    adminAuditLog: 'identity.admin.audit-log.list',
    updateMe: 'identity.users.me.update',
    adminRotateSigningKey: 'identity.admin.signing-keys.rotate',
    guestSessionStart: 'identity.guests.start-session',
    guestSessionGet: 'identity.guests.get-session',
    oidcStart: 'identity.oidc.start',
    oidcComplete: 'identity.oidc.complete',
    staffList: 'identity.staff.list',
    staffAdd: 'identity.staff.add',
    staffChangeRole: 'identity.staff.change-role',
    staffRemove: 'identity.staff.remove',
    myMemberships: 'identity.users.me.memberships',
    phoneOtpRequest: 'identity.auth.otp.request',
    phoneOtpSignIn: 'identity.auth.otp.verify',
    phoneVerificationRequest: 'identity.users.me.phone.request-verification',
    phoneVerify: 'identity.users.me.phone.verify',
  },
  catalog: {
    createRestaurant: 'catalog.restaurants.create',
    myRestaurant: 'catalog.restaurants.mine',
    approveRestaurant: 'catalog.restaurants.approve',
    updateProfile: 'catalog.restaurants.update-profile',
    rejectRestaurant: 'catalog.restaurants.reject',
    suspendRestaurant: 'catalog.restaurants.suspend',
    reinstateRestaurant: 'catalog.restaurants.reinstate',
    reapplyRestaurant: 'catalog.restaurants.reapply',
    adminListRestaurants: 'catalog.restaurants.admin-list',
    adminGetRestaurant: 'catalog.restaurants.admin-get',
    uploadDocument: 'catalog.documents.upload',
    listMyDocuments: 'catalog.documents.list-mine',
    adminGetDocument: 'catalog.documents.admin-get',
    getSubscription: 'catalog.subscription.get',
    listSubscriptionPlans: 'catalog.subscription.plans',
    changeSubscriptionPlan: 'catalog.subscription.change',
    confirmSubscriptionPlan: 'catalog.subscription.confirm',
    listPublic: 'catalog.restaurants.list-public',
    getPublic: 'catalog.restaurants.get-public',
    publicMenu: 'catalog.menu.public',
    createCategory: 'catalog.menu.create-category',
    createItem: 'catalog.menu.create-item',
    myMenu: 'catalog.menu.mine',
    updateCategory: 'catalog.menu.update-category',
    deleteCategory: 'catalog.menu.delete-category',
    reorderCategories: 'catalog.menu.reorder-categories',
    updateItem: 'catalog.menu.update-item',
    deleteItem: 'catalog.menu.delete-item',
    setItemAvailability: 'catalog.menu.set-item-availability',
    bulkPrice: 'catalog.menu.bulk-price',
    importMenu: 'catalog.menu.import',
    listProducts: 'catalog.products.list',
    getProduct: 'catalog.products.get',
    createProduct: 'catalog.products.create',
    updateProduct: 'catalog.products.update',
    createZone: 'catalog.zones.create',
    listMyZones: 'catalog.zones.list-mine',
    updateZone: 'catalog.zones.update',
    deleteZone: 'catalog.zones.delete',
    deliveryQuote: 'catalog.zones.delivery-quote',
  },
  ordering: {
    place: 'ordering.orders.place',
    getForCustomer: 'ordering.orders.get-for-customer',
    listForCustomer: 'ordering.orders.list-for-customer',
    accept: 'ordering.orders.accept',
    reject: 'ordering.orders.reject',
    preparing: 'ordering.orders.preparing',
    ready: 'ordering.orders.ready',
    placeForGuest: 'ordering.orders.place-for-guest',
    trackForGuest: 'ordering.orders.track-for-guest',
    createCoupon: 'ordering.coupons.create',
    listCoupons: 'ordering.coupons.list',
    getCoupon: 'ordering.coupons.get',
    updateCoupon: 'ordering.coupons.update',
    deleteCoupon: 'ordering.coupons.delete',
    staffPlace: 'ordering.staff-orders.place',
    staffList: 'ordering.staff-orders.list',
    staffSetStatus: 'ordering.staff-orders.set-status',
    cancelForCustomer: 'ordering.orders.cancel-for-customer',
    cancelForGuest: 'ordering.orders.cancel-for-guest',
    complete: 'ordering.orders.complete',
    adminListOrders: 'ordering.admin.orders.list',
    adminGetOrder: 'ordering.admin.orders.get',
    adminStuckOrders: 'ordering.admin.orders.stuck',
    adminSetOrderStatus: 'ordering.admin.orders.set-status',
    adminRefundOrder: 'ordering.admin.orders.refund',
    adminResumeSaga: 'ordering.admin.orders.saga-resume',
    adminCompensateSaga: 'ordering.admin.orders.saga-compensate',
    // Loyalty, referrals, reviews.
    loyaltyPoints: 'ordering.loyalty.points',
    loyaltyHistory: 'ordering.loyalty.history',
    referralSend: 'ordering.referrals.send',
    referralStats: 'ordering.referrals.stats',
    reviewSubmit: 'ordering.reviews.submit',
    guestFeedbackSubmit: 'ordering.reviews.guest-feedback',
    myReviews: 'ordering.reviews.mine',
    // The socket relay's order rooms and the replay of an order's latest state.
    orderTracking: 'ordering.orders.tracking',
    activeOrdersForCustomer: 'ordering.orders.active-for-customer',
  },
  kitchen: {
    listItems: 'kitchen.items.list',
    setItemAvailability: 'kitchen.items.set-availability',
    listTickets: 'kitchen.tickets.list',
    startTicket: 'kitchen.tickets.start',
    readyTicket: 'kitchen.tickets.ready',
    /** The restaurant's own order routes (preparing, ready) move the order's ticket: kitchen writes cooking progress. */
    startTicketForOrder: 'kitchen.tickets.start-for-order',
    readyTicketForOrder: 'kitchen.tickets.ready-for-order',
    getConfig: 'kitchen.config.get',
    setConfig: 'kitchen.config.set',
    resetConfig: 'kitchen.config.reset',
  },
  dispatch: {
    listDeliveries: 'dispatch.deliveries.list',
    driverProfile: 'dispatch.drivers.profile',
    setAvailability: 'dispatch.drivers.set-availability',
    updateLocation: 'dispatch.drivers.update-location',
    availableOrders: 'dispatch.driver-orders.available',
    acceptOrder: 'dispatch.driver-orders.accept',
    pickupOrder: 'dispatch.driver-orders.pickup',
    deliverOrder: 'dispatch.driver-orders.deliver',
    currentOrders: 'dispatch.driver-orders.current',
    orderHistory: 'dispatch.driver-orders.history',
    // Assignment: offers, manual assignment, restaurants' and admins' delivery boards.
    declineOrder: 'dispatch.driver-orders.decline',
    assignDelivery: 'dispatch.deliveries.assign',
    restaurantDeliveries: 'dispatch.deliveries.restaurant-list',
    adminDeliveries: 'dispatch.deliveries.admin-list',
    nearbyDrivers: 'dispatch.drivers.nearby',
    // Driver onboarding: the driver's profile and documents, admins' review.
    updateDriverProfile: 'dispatch.drivers.update-profile',
    uploadDriverDocument: 'dispatch.drivers.upload-document',
    adminListDrivers: 'dispatch.admin.drivers.list',
    adminGetDriver: 'dispatch.admin.drivers.get',
    adminGetDriverDocument: 'dispatch.admin.drivers.document',
    approveDriver: 'dispatch.admin.drivers.approve',
    rejectDriver: 'dispatch.admin.drivers.reject',
    suspendDriver: 'dispatch.admin.drivers.suspend',
    reinstateDriver: 'dispatch.admin.drivers.reinstate',
    /** The driver's last position and ETA for an order's room. */
    deliveryTracking: 'dispatch.deliveries.tracking',
  },
  payments: {
    listPayments: 'payments.payments.list',
    // Providers: checkout at CamPay/NouPay, Stripe, Paymob; wallet top-ups; provider webhooks.
    initiateMobileMoney: 'payments.checkout.mobile-money',
    createStripeIntent: 'payments.checkout.stripe-intent',
    initiatePaymob: 'payments.checkout.paymob',
    topUpWallet: 'payments.checkout.wallet-topup',
    receiveWebhook: 'payments.webhooks.receive',
    // Money: wallet, refunds, settlement, earnings, payouts, reports.
    getWallet: 'payments.wallet.get',
    listWalletEntries: 'payments.wallet.entries',
    chargeWallet: 'payments.wallet.charge',
    adminCreditWallet: 'payments.wallet.admin-credit',
    adminGetWallet: 'payments.wallet.admin-get',
    driverEarnings: 'payments.earnings.list',
    driverEarningsSummary: 'payments.earnings.summary',
    requestDriverPayout: 'payments.payouts.request',
    listMyPayouts: 'payments.payouts.mine',
    adminRunPayouts: 'payments.payouts.run',
    adminListPayouts: 'payments.payouts.list',
    adminSetPayoutStatus: 'payments.payouts.set-status',
    commissionsReport: 'payments.reports.commissions',
    payoutsReport: 'payments.reports.payouts',
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
