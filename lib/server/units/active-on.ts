import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Appointments in force on `asOf` (docs/policy-rules.md: start ≤ asOf and no end or end ≥ asOf). */
export function activeOn(asOf: Date): Prisma.AppointmentWhereInput {
  return { startDate: { lte: asOf }, OR: [{ endDate: null }, { endDate: { gte: asOf } }] };
}
