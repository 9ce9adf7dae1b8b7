import { afterAll, beforeAll } from "vitest";
import { prisma } from "@/lib/server/db";

/**
 * Runs the file's tests on the fallback profile, district-2020 (with D20-ST-STREET-40), whatever
 * profile other files activated: deactivates the active ones first and restores them after.
 */
export function useFallbackProfile(): void {
  let active: string[] = [];
  beforeAll(async () => {
    active = (await prisma.policyProfile.findMany({ where: { isActive: true }, select: { id: true } })).map(
      (p) => p.id,
    );
    await prisma.policyProfile.updateMany({ where: { id: { in: active } }, data: { isActive: false } });
  });
  afterAll(async () => {
    await prisma.policyProfile.updateMany({ where: { id: { in: active } }, data: { isActive: true } });
  });
}
