// A nomination's 任职 step (issue 19) recomputes the cadre's 现任职务, unit and 职务层次 from the
// appointment history in its transaction: a cadre whose stored fields had drifted from the
// history (a hand edit, an old import) leaves the step with none — the db:check query finds no
// disagreement for the cadre, and the fields equal what the history gives.
import { describe, expect, it } from "vitest";
import { todayInChina } from "@/lib/format/dates";
import { day } from "@/lib/rules";
import { driftOf, readWithHistory } from "@/lib/server/cadres/sync-current-post";
import { prisma } from "@/lib/server/db";
import { advanceThrough } from "./steps";
import { nominationWorld, submitted } from "./world";

const driftFor = async (cadreId: string) => driftOf(await readWithHistory(prisma, { id: cadreId }), todayInChina());

describe("任职 of a nomination and the current post", () => {
  it("leaves no disagreement between the cadre's current post and the history", async () => {
    const w = await nominationWorld();
    const { id, cadre } = await submitted(w, "邵启航");
    await prisma.unit.update({ where: { id: w.a.id }, data: { shortName: "启航科" } });
    const post = await prisma.post.create({
      data: { unitId: w.a.id, title: "科长", isPrincipal: true, rank: "SECTION_PRINCIPAL", sortOrder: 10 },
    });
    await prisma.appointment.create({ data: { cadreId: cadre.id, postId: post.id, startDate: day(2020, 1, 1) } });
    // drifted: a title typed by hand and a rank the history does not give
    await prisma.cadre.update({
      where: { id: cadre.id },
      data: { currentPostTitle: "综合科科员", rank: "SECTION_DEPUTY", rankSince: day(2018, 1, 1) },
    });
    const before = await driftFor(cadre.id);
    expect(before.map((c) => c.change)).toEqual([
      { currentPostTitle: "启航科科长", rank: "SECTION_PRINCIPAL", rankSince: day(2020, 1, 1) },
    ]);

    await advanceThrough(w.org, id, "APPOINTED");
    expect(await prisma.poolEntry.count({ where: { nominationId: id } })).toBe(1);
    expect(await driftFor(cadre.id)).toEqual([]);
    expect(await prisma.cadre.findUniqueOrThrow({ where: { id: cadre.id } })).toMatchObject({
      currentPostTitle: "启航科科长",
      unitId: w.a.id,
      rank: "SECTION_PRINCIPAL",
      rankSince: day(2020, 1, 1),
    });
  });
});
