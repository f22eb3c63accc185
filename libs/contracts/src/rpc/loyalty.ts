// Ordering's loyalty points, referrals and reviews (/client/loyalty/*, /client/referrals/*,
// POST /client/orders/:id/review, POST /guest/orders/:id/feedback, GET /client/reviews).

export const LOYALTY_ENTRY_KINDS = ['order_completed', 'review', 'referral', 'birthday', 'redeemed', 'restored', 'adjustment'] as const;
export type LoyaltyEntryKind = (typeof LOYALTY_ENTRY_KINDS)[number];

export interface MoneyAmount {
  currency: string;
  amount: number;
}

/** GET /client/loyalty/points */
export interface LoyaltyPointsView {
  balance: number;
  /** What the balance is worth as a discount (100 points = 100 XAF). */
  worth: MoneyAmount;
  /** By points ever earned: bronze, silver (2000), gold (10000), platinum (50000). */
  tier: { name: string; lifetime_points: number; next?: { name: string; points_needed: number } };
  redemption_options: { type: 'discount' | 'free_delivery'; points: number; description: string; value?: MoneyAmount; available: boolean }[];
  /** How points are earned: per 1000 XAF of a completed order, per review, per referral, on a birthday. */
  earning: { per_1000_xaf: number; review: number; referral: number; birthday: number };
}

/** One line of GET /client/loyalty/history: + earned, - spent. */
export interface LoyaltyHistoryEntry {
  id: string;
  points: number;
  kind: LoyaltyEntryKind;
  order_id: string | null;
  description: string;
  created_at: string;
}

/** POST /client/referrals/send: exactly one of email or phone. */
export interface SendReferralData {
  email?: string;
  phone?: string;
}

export interface ReferralInvitationView {
  id: string;
  channel: 'email' | 'phone';
  contact: string;
  referral_code: string;
  /** What the customer can share (the app's sign-up with the code filled in). */
  message: string;
  created_at: string;
}

/** GET /client/referrals/stats */
export interface ReferralStatsView {
  referral_code: string;
  invited: number;
  signed_up: number;
  /** Referred customers who completed a first order (each earned the referrer the bonus). */
  completed: number;
  points_earned: number;
  bonus_per_referral: number;
}

/** POST /client/orders/:id/review */
export interface SubmitReviewData {
  id: string;
  rating: number;
  comment?: string;
  driver_rating?: number;
}

/** POST /guest/orders/:id/feedback?token= */
export interface SubmitGuestFeedbackData extends SubmitReviewData {
  token: string;
}

export interface ReviewView {
  id: string;
  order_id: string;
  order_number: string;
  restaurant_id: string;
  rating: number;
  driver_rating: number | null;
  comment: string | null;
  /** Loyalty points the review earned (0 for guests). */
  points_earned: number;
  created_at: string;
}
