import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appendAudit } from "@/lib/audit/mutations";

describe("audit trail", () => {
  afterAll(async () => {
    await db().$disconnect();
  });

  it("accepts new entries but refuses to change or remove them", async () => {
    const entry = await appendAudit(db(), {
      userId: null,
      municipalityId: null,
      entityType: "Test",
      entityId: `append-only-${Date.now()}`,
      action: "create",
      newValue: { value: "1" },
    });
    expect(entry.id).toBeTypeOf("bigint");
    await expect(db().auditEntry.update({ where: { id: entry.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db().auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe('TRUNCATE "AuditEntry"')).rejects.toThrow(/append-only/);
    const still = await db().auditEntry.findUnique({ where: { id: entry.id } });
    expect(still?.action).toBe("create");
  });
});
