-- The audit trail is append-only: the database itself refuses to change or
-- remove a row, so neither a bug nor a hand-run query can rewrite history.
--
-- Why this is not a Prisma migration: Prisma's schema language has no
-- triggers, and the WebAssembly schema engine we migrate with (docs/decisions/
-- 001) splits a migration on every ";" — it cannot apply a function body.
-- scripts/migrate.mjs runs the files in prisma/sql/ after the migrations, in
-- name order, on every migrate; each file must therefore be idempotent.
CREATE OR REPLACE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

DROP TRIGGER IF EXISTS "audit_entry_no_update_or_delete" ON "AuditEntry";
CREATE TRIGGER "audit_entry_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();

DROP TRIGGER IF EXISTS "audit_entry_no_truncate" ON "AuditEntry";
CREATE TRIGGER "audit_entry_no_truncate"
  BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"();
