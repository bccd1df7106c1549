import type { Role } from '@tandem/db';

/** The customer behind a valid session. */
export interface AuthenticatedCustomer {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  sessionId: string;
  /** When the password was last typed again in this session (accounts `reauthenticate`); null if never. */
  reauthenticatedAt: Date | null;
}

/** A customer as the API shows them to themselves. */
export interface CustomerView {
  id: string;
  email: string;
  name: string;
  roles: Role[];
}

export interface CustomerProfile extends CustomerView {
  /** ISO 8601. */
  createdAt: string;
  /** Whether the owner confirmed the address through an e-mailed link (marketing e-mail needs it). */
  emailVerified: boolean;
}

/** A new session: the front end stores `token` in an HttpOnly cookie expiring at `expiresAt`. */
export interface NewSession {
  token: string;
  /** ISO 8601. */
  expiresAt: string;
}

/** What sign-up and sign-in return. */
export interface SignedIn {
  customer: CustomerView;
  session: NewSession;
}

/** What the API knows about the request a sign-in or sign-up came with. */
export interface RequestInfo {
  /** The client's address, for rate limits. */
  ip: string;
  userAgent: string;
  /** The session token the request carried, if any; it is revoked when a new session starts. */
  presentedSessionToken?: string | null;
}

export interface AddressView {
  id: string;
  name: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  region: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  phone: string;
  isDefault: boolean;
}
