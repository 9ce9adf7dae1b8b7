-- AuditLog is append-only (等保 2.0 安全审计: records must be protected from deletion and
-- modification). Hand-written: Prisma's schema language cannot express triggers.
--
-- These triggers stop the application and anyone using its database account. A database
-- owner or superuser can still disable triggers (ALTER TABLE … DISABLE TRIGGER, or
-- session_replication_role = replica); the hash chain (npm run audit:verify) is what detects
-- that. In production, run the app as a role that is not the table's owner (docs/security.md).

CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only'
    USING DETAIL = format('%s on "AuditLog" is not allowed; audit records can only be inserted.', TG_OP),
          ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditLog_append_only_row"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();

CREATE TRIGGER "AuditLog_append_only_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
