import { appointCadre } from "@/lib/server/units/appointments";
import { actorOf, createTestUser } from "../../support/users";
import { createCadreBorn, createStreetWithTeam, d, EXCEPTION } from "../units/team-fixture";

/**
 * Organization staff, a leader, and a street whose team lacks a cadre of about 40: its 书记 was
 * born 1971-01-01, its 副主任 post is vacant. `appointYoung()` appoints a cadre born 1986-07-01
 * (39 on 2026-06-30) as 副主任 from 2026-03-01, which makes the street count for
 * D20-ST-STREET-40 from then on.
 */
export async function streetLackingForty(now: Date) {
  const org = actorOf(await createTestUser("ORG_STAFF"));
  const leader = actorOf(await createTestUser("LEADER"));
  const { unit, secretary, deputy } = await createStreetWithTeam();
  await appointCadre(
    org,
    {
      postId: secretary.id,
      postVersion: 1,
      cadreId: (await createCadreBorn(unit.id, "老书记", "1971-01-01")).id,
      startDate: d("2020-01-01"),
      documentNo: null,
      note: null,
      exceptionReason: EXCEPTION,
    },
    now,
  );
  const appointYoung = async () => {
    const young = await createCadreBorn(unit.id, "周宁", "1986-07-01");
    await appointCadre(
      org,
      {
        postId: deputy.id,
        postVersion: 1,
        cadreId: young.id,
        startDate: d("2026-03-01"),
        documentNo: null,
        note: null,
        exceptionReason: EXCEPTION,
      },
      now,
    );
  };
  return { org, leader, unit, appointYoung };
}
