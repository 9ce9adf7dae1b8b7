import { hash } from "@node-rs/argon2";
import { encryptField } from "../../lib/crypto/field-cipher";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DEFAULT_CLEARANCE } from "../../lib/authz/clearance";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

/** Creates the demo accounts; the unit account belongs to the first street of the district. */
export async function createDemoAccounts(prisma: PrismaClient): Promise<number> {
  const street = await prisma.unit.findFirst({
    where: { type: "STREET" },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  for (const a of DEMO_ACCOUNTS) {
    if (a.role === "UNIT" && !street) continue;
    await prisma.user.create({
      data: {
        username: a.username,
        displayName: a.role === "UNIT" && street ? `${street.name}党工委（演示）` : a.displayName,
        role: a.role,
        unitId: a.role === "UNIT" ? street!.id : null,
        passwordHash,
        mustChangePassword: false,
        isDemo: true,
        totpSecretCipher: a.totpSecret ? encryptField(a.totpSecret) : null,
        // Demo secrets are printed by npm start, so they count as enrolled.
        totpEnrolledAt: a.totpSecret ? new Date() : null,
        clearance: DEFAULT_CLEARANCE[a.role],
      },
    });
  }
  return DEMO_ACCOUNTS.length;
}
