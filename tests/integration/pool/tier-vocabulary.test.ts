import { beforeAll, describe, expect, it } from "vitest";
import { enterPoolAction } from "@/app/(app)/pool/actions";
import type { Actor } from "@/lib/auth/actor";
import { toDay } from "@/lib/rules";
import { runAs } from "@/lib/server/auth/actor-context";
import { rosterView } from "@/lib/server/cadres/roster";
import { prisma } from "@/lib/server/db";
import { tiersInUse } from "@/lib/server/policy/pool-tiers";
import { getPoolOverview } from "@/lib/server/pool/overview";
import { parseRosterQuery } from "@/lib/validation/roster-query";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";

// A database whose profile was switched: district-2020 is in force (the fallback profile), and
// one member still stands in shushan-2012's 正职后备 tier. The screens name that tier with its
// document, the filters still reach it, and no new entry may be made in it.
const ON = "2026-06-30";
const KEPT = "正职后备（蜀山区2012年实施意见）";
let org: Actor;
let entryId: string;
let kept: { id: string; name: string };
let other: { id: string };

async function cadre(name: string) {
  return prisma.cadre.create({
    data: {
      name,
      gender: "MALE",
      birthDate: toDay("1988-05-01"),
      politicalStatus: "CPC_MEMBER",
      rank: "SECTION_DEPUTY",
      rankSince: toDay("2021-01-01"),
      unitId: (await createTestUnit()).id,
    },
  });
}

beforeAll(async () => {
  org = actorOf(await createTestUser("ORG_STAFF"));
  kept = await cadre(`后备留存${Date.now() % 100000}`);
  other = await cadre(`后备新入${Date.now() % 100000}`);
  const entry = await prisma.poolEntry.create({
    data: {
      cadreId: kept.id,
      tier: "PRINCIPAL_RESERVE",
      source: "UNIT_RECOMMENDATION",
      basis: "按蜀山区2012年实施意见列入",
      enteredOn: toDay("2024-03-01"),
    },
  });
  entryId = entry.id;
});

describe("another document's tier after a profile switch (district-2020 in force)", () => {
  it("the pool page names the kept entry 正职后备 with its document, not a code", async () => {
    const overview = await getPoolOverview(org, toDay(ON));
    expect(overview.entries.find((e) => e.id === entryId)?.tierName).toBe(KEPT);
  });

  it("the roster's 在库 filter offers the three district-2020 tiers, then 正职后备 while it holds a member; the column says the same", async () => {
    const tiers = await tiersInUse(org);
    expect(tiers.slice(0, 4)).toEqual(["DIVISION_PRINCIPAL", "DIVISION_DEPUTY", "SECTION", "PRINCIPAL_RESERVE"]);
    const view = await rosterView(org, parseRosterQuery({ pool: "PRINCIPAL_RESERVE", q: kept.name }).query);
    expect(view.rows.map((r) => [r.name, r.pool])).toEqual([[kept.name, KEPT]]);
  });

  it("entry into 副职后备 is refused with the tiers in force named, and nothing is written", async () => {
    const r = await runAs(org, () =>
      enterPoolAction({
        cadreId: other.id,
        tier: "DEPUTY_RESERVE",
        source: "ORG_INVESTIGATION",
        basis: "组织部专项考察发现",
        enteredOn: ON,
      } as never),
    );
    expect(r?.validationErrors?.tier?._errors?.[0]).toBe(
      "副职后备（蜀山区2012年实施意见）不是现行政策配置的层级，请选择正处级年轻干部、副处级年轻干部、科级年轻干部",
    );
    expect(await prisma.poolEntry.count({ where: { cadreId: other.id } })).toBe(0);
  });
});
