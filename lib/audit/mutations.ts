import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditInput {
  userId: string | null;
  municipalityId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  field?: string | null;
  oldValue?: Prisma.InputJsonValue | null;
  newValue?: Prisma.InputJsonValue | null;
  reason?: string | null;
}

/**
 * Appends to the audit trail. Call it with the same transaction as the change
 * it records. There is deliberately no update or delete counterpart.
 */
export async function appendAudit(db: Db, entry: AuditInput) {
  const { oldValue, newValue, ...rest } = entry;
  return db.auditEntry.create({
    data: {
      ...rest,
      ...(oldValue != null ? { oldValue } : {}),
      ...(newValue != null ? { newValue } : {}),
    },
  });
}
