// What the audit log offers anywhere (pure): its (time, id) page cursor, which the outbox shares.
export { type AuditCursor, decodeAuditCursor, encodeAuditCursor } from './audit-params';
