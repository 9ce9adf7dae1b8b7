import { describe, expect, it } from "vitest";
import { currentPostDrift, deriveCurrentPost, type HistoryAppointment } from "@/lib/cadres/current-post";
import { DEFAULT_AS_OF } from "../../factories/dates";
import { createContext } from "../../../prisma/seed/context";
import { buildDistrict, DEFAULT_SEED } from "../../../prisma/seed/index";

// The demo district as built in memory (seed 20201, 600 cadres, asOf 2026-11-22): every cadre's
// stored 现任职务, unit, 职务层次 and 任现职务层次时间 are what its appointments give, so
// `npm run db:check` on a freshly seeded database finds nothing.
describe("the demo seed's current posts", () => {
  it("agree with the appointment history for every one of the 600 cadres on 2026-11-22", () => {
    const ctx = createContext({ cadres: 600, seed: DEFAULT_SEED, asOf: DEFAULT_AS_OF, log: () => {} });
    buildDistrict(ctx);
    const units = new Map(ctx.rows.units.map((u) => [u.id, u]));
    const posts = new Map(ctx.rows.posts.map((p) => [p.id, p]));
    const history = new Map<string, HistoryAppointment[]>();
    for (const a of ctx.rows.appointments) {
      const p = posts.get(a.postId)!;
      const u = units.get(p.unitId)!;
      const list = history.get(a.cadreId) ?? [];
      list.push({
        id: a.id!,
        startDate: a.startDate as Date,
        endDate: (a.endDate ?? null) as Date | null,
        post: {
          title: p.title,
          rank: p.rank,
          isLeadership: p.isLeadership ?? true,
          unitId: p.unitId,
          unit: { name: u.name, shortName: u.shortName ?? null, type: u.type },
        },
      });
      history.set(a.cadreId, list);
    }
    let compared = 0;
    const drift = ctx.rows.cadres.flatMap((c) => {
      const derived = deriveCurrentPost(
        {
          establishmentType: c.establishmentType!,
          grade: c.grade ?? null,
          workStartDate: (c.workStartDate ?? null) as Date | null,
        },
        history.get(c.id!) ?? [],
        DEFAULT_AS_OF,
      );
      if (!derived) return [];
      compared++;
      const stored = {
        currentPostTitle: c.currentPostTitle ?? null,
        unitId: c.unitId ?? null,
        rank: c.rank ?? null,
        rankSince: (c.rankSince ?? null) as Date | null,
      };
      const d = currentPostDrift(stored, derived);
      return Object.keys(d).length ? [{ name: c.name, stored, d }] : [];
    });
    expect(drift.slice(0, 5)).toEqual([]);
    expect(drift.length).toBe(0);
    expect(compared).toBe(600); // every demo cadre has a history, so none escapes the comparison
  });
});
