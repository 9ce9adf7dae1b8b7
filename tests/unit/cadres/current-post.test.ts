import { describe, expect, it } from "vitest";
import { deriveCurrentPost, type HistoryAppointment } from "@/lib/cadres/current-post";
import type { Rank } from "@/lib/domain/enums";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const street = { name: "青禾区东关街道", shortName: "东关街道", type: "STREET" as const };
const soe = { name: "青禾城市建设投资集团有限公司", shortName: "城投集团", type: "SOE" as const };
const civil = { establishmentType: "CIVIL_SERVANT", grade: null, workStartDate: d("2010-07-01") };

function appt(
  id: string,
  title: string,
  rank: Rank,
  start: string,
  end: string | null,
  o: { leadership?: boolean; unit?: HistoryAppointment["post"]["unit"]; unitId?: string } = {},
): HistoryAppointment {
  return {
    id,
    startDate: d(start),
    endDate: end ? d(end) : null,
    post: {
      title,
      rank,
      isLeadership: o.leadership ?? true,
      unitId: o.unitId ?? "u-street",
      unit: o.unit ?? street,
    },
  };
}

describe("deriveCurrentPost", () => {
  it("魏晓东: 财政所所长 (正科, 2023-07-01) ended 2026-04-30, 办事处副主任 (副处) from 2026-05-01 → on 2026-06-30 东关街道办事处副主任, 副处级 since 2026-05-01", () => {
    const r = deriveCurrentPost(
      civil,
      [
        appt("a1", "财政所所长", "SECTION_PRINCIPAL", "2023-07-01", "2026-04-30"),
        appt("a2", "办事处副主任", "DIVISION_DEPUTY", "2026-05-01", null),
      ],
      d("2026-06-30"),
    );
    expect(r).toEqual({
      currentPostTitle: "东关街道办事处副主任",
      unitId: "u-street",
      rank: "DIVISION_DEPUTY",
      rankSince: d("2026-05-01"),
    });
  });

  it("holding two posts at once: the higher rank wins (副处 over 正科), whichever started later", () => {
    const r = deriveCurrentPost(
      civil,
      [
        appt("a1", "办事处副主任", "DIVISION_DEPUTY", "2024-01-01", null),
        appt("a2", "财政所所长", "SECTION_PRINCIPAL", "2025-01-01", null),
      ],
      d("2026-06-30"),
    );
    expect(r?.currentPostTitle).toBe("东关街道办事处副主任");
  });

  it("two posts of one rank at once: the later start wins (2025-03-01 over 2024-01-01)", () => {
    const r = deriveCurrentPost(
      civil,
      [
        appt("a1", "财政所所长", "SECTION_PRINCIPAL", "2024-01-01", null),
        appt("a2", "党政办公室主任", "SECTION_PRINCIPAL", "2025-03-01", null),
      ],
      d("2026-06-30"),
    );
    expect(r).toMatchObject({ currentPostTitle: "东关街道党政办公室主任", rankSince: d("2024-01-01") });
  });

  it("a leadership post wins over a non-leadership one of any rank", () => {
    const r = deriveCurrentPost(
      civil,
      [
        appt("a1", "科员", "STAFF", "2024-01-01", null, { leadership: false }),
        appt("a2", "财政所副所长", "SECTION_DEPUTY", "2020-01-01", null),
      ],
      d("2026-06-30"),
    );
    expect(r?.rank).toBe("SECTION_DEPUTY");
  });

  it("a move between two 正科 posts keeps 任现职务层次时间 (2019-03-01), a promotion restarts it", () => {
    const r = deriveCurrentPost(
      civil,
      [
        appt("a0", "财政所副所长", "SECTION_DEPUTY", "2015-01-01", "2019-02-28"),
        appt("a1", "财政所所长", "SECTION_PRINCIPAL", "2019-03-01", "2023-02-28"),
        appt("a2", "党政办公室主任", "SECTION_PRINCIPAL", "2023-03-01", null),
      ],
      d("2026-06-30"),
    );
    expect(r?.rankSince).toEqual(d("2019-03-01"));
  });

  it("an appointment starting after asOf does not count yet; one ending on asOf still does (its last day)", () => {
    const list = [
      appt("a1", "财政所所长", "SECTION_PRINCIPAL", "2023-07-01", "2026-06-30"),
      appt("a2", "办事处副主任", "DIVISION_DEPUTY", "2026-07-01", null),
    ];
    expect(deriveCurrentPost(civil, list, d("2026-06-30"))?.currentPostTitle).toBe("东关街道财政所所长");
    expect(deriveCurrentPost(civil, list, d("2026-07-01"))?.currentPostTitle).toBe("东关街道办事处副主任");
  });

  it("nothing held on asOf: no 现任职务, unit and rank of the post that ended last", () => {
    const r = deriveCurrentPost(
      civil,
      [appt("a1", "财政所所长", "SECTION_PRINCIPAL", "2020-01-01", "2025-12-31")],
      d("2026-06-30"),
    );
    expect(r).toEqual({
      currentPostTitle: null,
      unitId: "u-street",
      rank: "SECTION_PRINCIPAL",
      rankSince: d("2020-01-01"),
    });
  });

  it("no appointment started by asOf: nothing is derived (the stored fields stand)", () => {
    expect(deriveCurrentPost(civil, [], d("2026-06-30"))).toBeNull();
    expect(
      deriveCurrentPost(civil, [appt("a1", "所长", "SECTION_PRINCIPAL", "2027-01-01", null)], d("2026-06-30")),
    ).toBeNull();
  });

  it("an enterprise is written by its registered name; a 科员 with 二级主任科员 by the grade; 科员 since the end of probation (2010-07-01 + 1 year)", () => {
    expect(
      deriveCurrentPost(
        civil,
        [appt("a1", "副总经理", "SECTION_DEPUTY", "2024-01-01", null, { unit: soe })],
        d("2026-06-30"),
      )?.currentPostTitle,
    ).toBe("青禾城市建设投资集团有限公司副总经理");
    const clerk = deriveCurrentPost(
      { ...civil, grade: "PRINCIPAL_CLERK_2" },
      [appt("a1", "科员", "STAFF", "2010-07-01", null, { leadership: false })],
      d("2026-06-30"),
    );
    expect(clerk).toMatchObject({
      currentPostTitle: "东关街道二级主任科员",
      rank: "STAFF",
      rankSince: d("2011-07-01"),
    });
  });

  it("事业 staff in a non-leadership post have no 职务层次", () => {
    const r = deriveCurrentPost(
      { establishmentType: "INSTITUTION_STAFF", grade: null, workStartDate: d("2015-07-01") },
      [appt("a1", "工作人员", "STAFF", "2015-07-01", null, { leadership: false })],
      d("2026-06-30"),
    );
    expect(r).toMatchObject({ currentPostTitle: "东关街道工作人员", rank: null, rankSince: null });
  });
});
