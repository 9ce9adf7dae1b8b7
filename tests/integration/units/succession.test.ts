import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors/user-facing";
import { prisma } from "@/lib/server/db";
import { reviewPool } from "@/lib/server/pool/review-exit";
import { getSuccessionSettings, updateSuccessionSettings } from "@/lib/server/units/succession/settings";
import { getSuccession } from "@/lib/server/units/succession/successors";
import { reviewPoolSchema } from "@/lib/validation/pool";
import { actorOf, createTestUser } from "../../support/users";
import { createStreetWithTeam, d } from "./team-fixture";

const AS_OF = d("2026-06-30");

// A street's 党工委书记 (正处, 党政正职) and a 副处 pool member of the 正处级 tier, born
// 1986-03-01 (40), 副主任 of another street since 2020-01-01, reviewed 近期可提拔 on 2026-03-01.
async function streetAndSuccessor() {
  const home = await createStreetWithTeam();
  const other = await createStreetWithTeam();
  const cadre = await prisma.cadre.create({
    data: {
      name: `继任人选${other.unit.code.slice(-4)}`,
      gender: "FEMALE",
      birthDate: d("1986-03-01"),
      workStartDate: d("2008-07-01"),
      politicalStatus: "CPC_MEMBER",
      unitId: other.unit.id,
      rank: "DIVISION_DEPUTY",
      rankSince: d("2020-01-01"),
      educationRecords: {
        create: {
          level: "BACHELOR",
          degree: "BACHELOR",
          fullTime: true,
          school: "青禾大学",
          graduationDate: d("2008-06-30"),
        },
      },
      appointments: { create: { postId: other.deputy.id, startDate: d("2020-01-01") } },
    },
  });
  const entry = await prisma.poolEntry.create({
    data: { cadreId: cadre.id, tier: "DIVISION_PRINCIPAL", source: "ORG_INVESTIGATION", enteredOn: d("2025-01-01") },
  });
  return { home, cadre, entry };
}

describe("关键岗位继任", () => {
  it("a 近期可提拔 review (recorded through the review form's schema) makes the 副处 member a successor of the street's 书记, with the PROMOTION verdict for 正处级", async () => {
    const { home, cadre, entry } = await streetAndSuccessor();
    const org = actorOf(await createTestUser("ORG_STAFF"));
    const input = reviewPoolSchema.parse({
      entryId: entry.id,
      version: entry.version,
      year: 2026,
      reviewedOn: "2026-03-01",
      conclusion: "KEEP",
      readiness: "NEAR_TERM",
    });
    expect((await reviewPool(org, input)).ok).toBe(true);
    expect((await prisma.poolReview.findFirstOrThrow({ where: { poolEntryId: entry.id } })).readiness).toBe(
      "NEAR_TERM",
    );

    const view = await getSuccession(org, AS_OF, { postId: home.secretary.id });
    expect(view.posts.map((p) => [p.title, p.kinds])).toEqual([["党工委书记", ["PARTY_GOV_HEAD"]]]);
    const s = view.posts[0].successors.find((x) => x.cadreId === cadre.id)!;
    expect(s).toMatchObject({
      readiness: "NEAR_TERM",
      step: "PROMOTION",
      rank: "DIVISION_DEPUTY",
      sameTypeExperience: true,
    });
    expect(s.verdict.checks.some((c) => c.ruleId === "NAT-STEP-DEPUTY")).toBe(true);
    expect(s.ready).toBe(s.eligible);
    expect(view.byKind.PARTY_GOV_HEAD).toEqual({ posts: 1, uncovered: s.ready ? 0 : 1 });
    // before the review, on 2026-02-28, the same member is not yet 近期可提拔
    const earlier = await getSuccession(org, d("2026-02-28"), { postId: home.secretary.id });
    expect(earlier.posts[0].successors.find((x) => x.cadreId === cadre.id)?.readiness).toBeNull();
    expect(earlier.byKind.PARTY_GOV_HEAD).toEqual({ posts: 1, uncovered: 1 });
  });

  it("settings: staff mark a 重要部门, audited with before/after; a stale version is refused; a unit user cannot read succession", async () => {
    const org = actorOf(await createTestUser("ORG_STAFF"));
    const { home } = await streetAndSuccessor();
    const before = await getSuccessionSettings(org);
    await updateSuccessionSettings(org, { ...before, importantUnitIds: [home.unit.id] });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "settings.succession", userId: org.userId },
    });
    expect(JSON.stringify(audit.diff)).toContain(home.unit.id);
    await expect(updateSuccessionSettings(org, { ...before, importantUnitIds: [] })).rejects.toThrow();
    expect((await getSuccessionSettings(org)).importantUnitIds).toEqual([home.unit.id]);
    const unitUser = actorOf(await createTestUser("UNIT", { unitId: home.unit.id }));
    await expect(getSuccession(unitUser, AS_OF)).rejects.toBeInstanceOf(ForbiddenError);
    // reset for other tests of this run
    await updateSuccessionSettings(org, { ...(await getSuccessionSettings(org)), importantUnitIds: [] });
  });
});
