import "server-only";
// The audit log's server API. Writers: writeAudit (inside a transaction) and
// writeAuditStandalone; auditDiff builds the diff; verifyAuditChain checks the hash chain.
export { AUDIT_ACTIONS, auditEntrySchema, type AuditActor, type AuditEntry } from "./entry";
export { auditBy } from "@/lib/audit/by";
export { auditDiff, type AuditDiff, type AuditDiffOptions } from "./diff";
export { sanitizeAuditJson, maskValue } from "./sanitize";
export { writeAudit, writeAuditStandalone, AUDIT_APPEND_LOCK, type WrittenAudit } from "./write-audit";
export { verifyAuditChain, type AuditChainReport, type VerifyAuditChainOptions } from "@/lib/audit/verify-chain";
export {
  classifyReadRefusal,
  recordPageDenied,
  recordRefusal,
  refusedRead,
  type ReadObjectType,
  type ReadRefusal,
} from "./refusals";
