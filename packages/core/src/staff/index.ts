// The staff context's only public door: who may do what, and the audit log of what they did.
export { PERMISSIONS, STAFF_ROLES, can, permissionsOf, isStaff, isStaffRole, type Permission, type StaffRole } from './permissions.ts';
export { recordAudit, listAuditEntries, type AuditChange } from './audit.ts';
export { createAuditService, type AuditService } from './audit-service.ts';
export type * from './types.ts';
export { auditedChange, type AuditedChange } from './audited-change.ts';
export { STAFF_SESSION, sessionLimitsFor, hasRecentReauth, REAUTH_REQUIRED, ReauthRequiredError } from './session-policy.ts';
