import "server-only";
// Open pool entries (在库) as of a day, within the actor's scope: the subjects of the training
// reminders, the development plans and the picker's pool filter.
import type { PoolTier, Prisma } from "@/lib/generated/prisma/client";

/** Entries open on `asOf`: entered by then and not closed (a closing day no longer counts). */
export function openEntryWhere(asOf: Date, tier?: PoolTier): Prisma.PoolEntryWhereInput {
  return {
    enteredOn: { lte: asOf },
    OR: [{ closedOn: null }, { closedOn: { gt: asOf } }],
    ...(tier ? { tier } : {}),
  };
}
