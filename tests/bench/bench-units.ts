// Extra units for the dashboard benchmark: the demo seed has the 85 units of one district; a
// 100,000-cadre district has about 2,000. Each added unit gets a team (a principal and two
// deputies), six 科级 leadership posts and a staff post, every leadership post with a current
// holder and an earlier one, drawn from the seeded cadres. Deterministic.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Rank, UnitType } from "../../lib/generated/prisma/enums";

const MIX: UnitType[] = [
  "DISTRICT_UNIT",
  "INSTITUTION",
  "SCHOOL",
  "PARTY_GOV_DEPT",
  "INSTITUTION",
  "SOE",
  "STREET",
  "TOWNSHIP",
];
const DIVISION = new Set<UnitType>(["STREET", "TOWNSHIP", "PARTY_GOV_DEPT", "DISTRICT_UNIT"]);
const CHUNK = 5000;

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function insert<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

export async function addBenchUnits(
  prisma: PrismaClient,
  total: number,
): Promise<{ units: number; posts: number; appointments: number }> {
  const existing = await prisma.unit.count();
  const count = Math.max(0, total - existing);
  const cadres = (
    await prisma.cadre.findMany({ where: { status: "SERVING" }, select: { id: true }, orderBy: { id: "asc" } })
  ).map((c) => c.id);
  const units: {
    id: string;
    code: string;
    name: string;
    type: UnitType;
    sectionLeaderPostCount: number;
    isPartyGovDept: boolean;
    sortOrder: number;
  }[] = [];
  const posts: {
    id: string;
    unitId: string;
    title: string;
    isPrincipal: boolean;
    isPartyGovHead: boolean;
    isLeadership: boolean;
    rank: Rank;
    sortOrder: number;
  }[] = [];
  const appts: {
    id: string;
    cadreId: string;
    postId: string;
    startDate: Date;
    endDate: Date | null;
    endReason: "ROTATED" | null;
  }[] = [];
  let next = 0;
  const holder = () => cadres[(next++ * 7919) % cadres.length];
  for (let i = 0; i < count; i++) {
    const type = MIX[i % MIX.length];
    const div = DIVISION.has(type);
    const id = `bench-unit-${i}`;
    units.push({
      id,
      code: `BENCH-${i}`,
      name: `基准测试单位${i + 1}`,
      type,
      sectionLeaderPostCount: 6 + (i % 5),
      isPartyGovDept: type === "PARTY_GOV_DEPT",
      sortOrder: 100000 + i,
    });
    const add = (title: string, rank: Rank, isPrincipal: boolean, isLeadership = true) => {
      const postId = `${id}-p${posts.length}`;
      posts.push({
        id: postId,
        unitId: id,
        title,
        rank,
        isPrincipal,
        isPartyGovHead: isPrincipal && div && type !== "DISTRICT_UNIT",
        isLeadership,
        sortOrder: posts.length,
      });
      if (!isLeadership) return;
      const since = day(2019 + ((i + posts.length) % 7), 1 + (i % 12), 1 + (posts.length % 27));
      appts.push({
        id: `${postId}-a0`,
        cadreId: holder(),
        postId,
        startDate: day(2012, 3, 1),
        endDate: new Date(since.getTime() - 86_400_000),
        endReason: "ROTATED",
      });
      appts.push({ id: `${postId}-a1`, cadreId: holder(), postId, startDate: since, endDate: null, endReason: null });
    };
    add("主要负责人", div ? "DIVISION_PRINCIPAL" : "SECTION_PRINCIPAL", true);
    add("副职", div ? "DIVISION_DEPUTY" : "SECTION_DEPUTY", false);
    add("副职", div ? "DIVISION_DEPUTY" : "SECTION_DEPUTY", false);
    if (div)
      for (let k = 0; k < 6; k++)
        add(k % 2 ? "科室副职" : "科室负责人", k % 2 ? "SECTION_DEPUTY" : "SECTION_PRINCIPAL", k % 2 === 0);
    add("工作人员", "STAFF", false, false);
  }
  await insert(units, (data) => prisma.unit.createMany({ data }));
  await insert(posts, (data) => prisma.post.createMany({ data }));
  await insert(appts, (data) => prisma.appointment.createMany({ data }));
  return { units: units.length, posts: posts.length, appointments: appts.length };
}
