// A small builder for staffing scenarios: units, posts and who holds them, with fixed ids.
import type { PostFact, Rank, StaffCadreFact, StaffingAppointmentFact, UnitFact, UnitType } from "@/lib/rules";
import { day } from "@/lib/rules";

/** A cadre whose age on 2026-06-30 is exactly `age` (birthday on 2026-06-30). */
export function aged(id: string, age: number, extra: Partial<StaffCadreFact> = {}): StaffCadreFact {
  return { id, birthDate: day(2026 - age, 6, 30), gender: "MALE", ...extra };
}

export class District {
  units: UnitFact[] = [];
  posts: PostFact[] = [];
  appointments: StaffingAppointmentFact[] = [];

  unit(id: string, type: UnitType, extra: Partial<UnitFact> = {}): this {
    this.units.push({ id, name: id, type, sectionLeaderPostCount: 0, ...extra });
    return this;
  }

  post(id: string, unitId: string, extra: Partial<PostFact> & { rank?: Rank } = {}): this {
    this.posts.push({
      id,
      unitId,
      title: id,
      isPrincipal: false,
      isPartyGovHead: false,
      rank: "SECTION_DEPUTY",
      ...extra,
    });
    return this;
  }

  hold(postId: string, cadre: StaffCadreFact, startDate = day(2020, 1, 1), endDate: Date | null = null): this {
    this.appointments.push({ id: `a-${this.appointments.length + 1}`, postId, cadre, startDate, endDate });
    return this;
  }

  /** A street with a 书记 and a 主任 (党政正职) and one deputy, held by cadres of the given ages. */
  street(id: string, [secretary, director, deputy]: [number, number, number]): this {
    this.unit(id, "STREET")
      .post(`${id}-sec`, id, { isPrincipal: true, isPartyGovHead: true, rank: "SECTION_PRINCIPAL" })
      .post(`${id}-dir`, id, { isPrincipal: true, isPartyGovHead: true, rank: "SECTION_PRINCIPAL" })
      .post(`${id}-dep`, id)
      .hold(`${id}-sec`, aged(`${id}-p1`, secretary))
      .hold(`${id}-dir`, aged(`${id}-p2`, director))
      .hold(`${id}-dep`, aged(`${id}-p3`, deputy));
    return this;
  }
}
