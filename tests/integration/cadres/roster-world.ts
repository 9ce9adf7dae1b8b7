// A small fixed world for the roster tests. Every cadre carries a domain tag unique to the
// world, and each query filters on it, so rows other test files left in the shared database
// never leak into the counts.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { namePinyinOf } from "@/lib/format/name-pinyin";
import type { RosterQuery } from "@/lib/validation/roster-query";
import { parseRosterQuery } from "@/lib/validation/roster-query";
import { prisma } from "@/lib/server/db";

export const AS_OF = "2026-06-30";

export async function makeUnit(type: Prisma.UnitCreateInput["type"], sortOrder = 0) {
  const code = `RW${randomBytes(4).toString("hex")}`;
  return prisma.unit.create({ data: { code, name: `名册测试${type}${code}`, type, sortOrder } });
}

export type CadreSpec = Partial<Omit<Prisma.CadreUncheckedCreateInput, "name">> & { name: string };

export function cadreMaker(tag: string, unitId: string) {
  return (spec: CadreSpec) =>
    prisma.cadre.create({
      data: {
        gender: "MALE",
        birthDate: new Date("1990-01-15"),
        politicalStatus: "CPC_MEMBER",
        unitId,
        ...spec,
        ...namePinyinOf(spec.name),
        familiarDomains: [tag, ...((spec.familiarDomains as string[] | undefined) ?? [])],
      },
    });
}

/** A query limited to the world's tag, plus the given search params. */
export function queryFor(tag: string, params: Record<string, string> = {}): RosterQuery {
  const { query, dropped } = parseRosterQuery({ domain: tag, asOf: AS_OF, ...params });
  if (dropped.length) throw new Error(`invalid test params: ${dropped.join(",")}`);
  return query;
}

export function newTag(): string {
  return `t${randomBytes(4).toString("hex")}`;
}
