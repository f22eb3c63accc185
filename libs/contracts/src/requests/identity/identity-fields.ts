/** A guest session token as POST /guest/session issues it: 43 base64url characters. */
export const GUEST_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A date as YYYY-MM-DD; whether it is a real date, and old enough, is identity's birthday rule. */
export const BIRTHDAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The six digits of a texted code. */
export const PHONE_CODE_PATTERN = /^\d{6}$/;
