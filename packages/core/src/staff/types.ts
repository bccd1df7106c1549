/** The staff member doing something, as the audit log records them. */
export interface StaffActor {
  id: string;
  email: string;
}

export interface AuditEntryView {
  id: string;
  actorEmail: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorEmail?: string;
  /** A prefix: `support` matches `support.faq.update`. */
  action?: string;
  limit: number;
  cursor?: string;
}

export interface AuditPage {
  items: AuditEntryView[];
  nextCursor: string | null;
}
