// createFullCadre(): one cadre with one of every related record, in one transaction, so an
// integration test can prove the schema round-trips everything a cadre file holds. It also
// creates what those records point at: a unit with posts, a mentor who is also the
// supervising leader, a training, a nomination with its events, and a pool entry with a
// review and a development plan.
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { calendarWith } from "../../lib/calendar/merge-calendar";
import { encryptIdNumber, hashIdNumber } from "../../lib/crypto/id-number-cipher";
import { profilePublicityEnd, resolveProfile } from "../../lib/rules";
import { buildCadre } from "./cadre-builder";
import { at, day } from "./dates";
import { relatedRecords } from "./full-cadre-records";
import { idNumberFor } from "./id-number";

/** Every relation of a cadre, for findUnique({ include }) in round-trip tests. */
export const FULL_CADRE_INCLUDE = {
  unit: true,
  educationRecords: true,
  appointments: { include: { post: true } },
  assessments: true,
  sanctions: true,
  personalMattersReports: true,
  familyMembers: true,
  poolEntries: { include: { reviews: true, developmentPlans: true, nomination: { include: { events: true } } } },
  nominations: { include: { events: true } },
  trainingAttendances: { include: { training: true } },
  practices: true,
  mentorshipsAsMentee: true,
  mentorshipsAsMentor: true,
  developmentPlans: { include: { goals: { orderBy: { position: "asc" } } } },
  talks: true,
} satisfies Prisma.CadreInclude;

export type FullCadre = Prisma.CadreGetPayload<{ include: typeof FULL_CADRE_INCLUDE }>;

export interface FullCadreOptions {
  /** encrypt this 身份证号 into the cadre (needs MIAOPU_ENCRYPTION_KEY); default: none */
  idNumber?: string | true;
}

export async function createFullCadre(
  prisma: PrismaClient,
  overrides: Partial<Prisma.CadreCreateInput> = {},
  opts: FullCadreOptions = {},
): Promise<FullCadre> {
  const tag = randomUUID().slice(0, 8);
  return prisma.$transaction(async (tx) => {
    const unit = await tx.unit.create({
      data: {
        code: `TEST-${tag}`,
        name: `青禾区测试局${tag}`,
        shortName: "测试局",
        type: "PARTY_GOV_DEPT",
        isPartyGovDept: true,
        sectionLeaderPostCount: 2,
        posts: {
          create: [
            { title: "局长", isPrincipal: true, isPartyGovHead: true, rank: "DIVISION_PRINCIPAL", sortOrder: 10 },
            { title: "副局长", rank: "DIVISION_DEPUTY", sortOrder: 20 },
            { title: "财务科科长", isPrincipal: true, rank: "SECTION_PRINCIPAL", isKeyPost: true, sortOrder: 30 },
            { title: "科员", isLeadership: false, rank: "STAFF", sortOrder: 40 },
          ],
        },
      },
      include: { posts: { orderBy: { sortOrder: "asc" } } },
    });
    const [, deputyPost, chiefPost, staffPost] = unit.posts;
    const mentor = await tx.cadre.create({
      data: {
        ...buildCadre({ rank: "DIVISION_DEPUTY", grade: null, currentPostTitle: "测试局副局长" }),
        unit: { connect: { id: unit.id } },
      },
    });
    await tx.appointment.create({ data: { cadreId: mentor.id, postId: deputyPost.id, startDate: day(2019, 3, 1) } });

    const base = buildCadre({
      rank: "SECTION_PRINCIPAL",
      grade: null,
      currentPostTitle: "测试局财务科科长",
      ...overrides,
    });
    // indexes from one million up never meet the seed's (0 … cadres−1), nor each other in practice
    const index = 1_000_000 + (Number.parseInt(tag, 16) % 1_000_000);
    const plain = opts.idNumber === true ? idNumberFor(index, new Date(base.birthDate), base.gender) : opts.idNumber;
    const idColumns = plain ? { idNumberCipher: encryptIdNumber(plain), idNumberHash: hashIdNumber(plain) } : {};
    const training = await tx.training.create({
      data: {
        name: "优秀年轻干部党性教育专题培训班",
        kind: "PARTY_SPIRIT",
        organizer: "中共青禾区委组织部",
        startDate: day(2025, 5, 12),
        endDate: day(2025, 5, 16),
        hours: 40,
        fullTimeOffJob: true,
      },
    });
    const cadre = await tx.cadre.create({
      data: {
        ...base,
        ...idColumns,
        unit: { connect: { id: unit.id } },
        ...relatedRecords({
          unitId: unit.id,
          staffPostId: staffPost.id,
          chiefPostId: chiefPost.id,
          mentorId: mentor.id,
          trainingId: training.id,
          workStartDate: new Date(base.workStartDate as Date),
        }),
      },
    });
    const nomination = await tx.nomination.create({
      data: {
        cadreId: cadre.id,
        unitId: unit.id,
        tier: "SECTION",
        domain: "财政金融",
        stage: "APPOINTED",
        method: "BOTH",
        ballotsIssued: 40,
        ballotsValid: 39,
        votesReceived: 33,
        recommendedOn: day(2025, 3, 10),
        reasons: "工作实绩突出",
        publicityStart: day(2025, 5, 5),
        // the end the app's 公示 step would store (as the demo seed does): 2025-05-09
        publicityEnd: profilePublicityEnd(day(2025, 5, 5), resolveProfile("district-2020"), calendarWith([])),
        closedAt: at(day(2025, 5, 20), 10),
        events: {
          create: [
            {
              fromStage: null,
              toStage: "PROPOSED",
              occurredAt: at(day(2025, 2, 24), 10),
              data: { meeting: "测试局党组会议" },
            },
            {
              fromStage: "PROPOSED",
              toStage: "RECOMMENDED",
              occurredAt: at(day(2025, 3, 10), 10),
              data: { ballotsIssued: 40, votesReceived: 33 },
            },
            {
              fromStage: "RECOMMENDED",
              toStage: "APPOINTED",
              occurredAt: at(day(2025, 5, 20), 10),
              data: { documentNo: "青组〔2025〕1号" },
              note: "测试用：跳过中间环节",
            },
          ],
        },
      },
    });
    const entry = await tx.poolEntry.create({
      data: {
        cadreId: cadre.id,
        tier: "SECTION",
        domain: "财政金融",
        source: "NOMINATION",
        basis: "经推荐和考察列入",
        enteredOn: day(2025, 5, 20),
        nominationId: nomination.id,
        reviews: { create: [{ year: 2025, reviewedOn: day(2025, 12, 15), conclusion: "KEEP", notes: "表现良好" }] },
      },
    });
    await tx.developmentPlan.create({
      data: {
        cadreId: cadre.id,
        poolEntryId: entry.id,
        title: `${cadre.name}同志培养计划（2025—2027年）`,
        goals: {
          create: [
            {
              position: 0,
              stage: "近期",
              goal: "熟悉预算管理全流程",
              dueOn: day(2026, 5, 20),
              measures: "轮岗至预算科",
              measureKinds: ["PRACTICE"],
            },
          ],
        },
        progressNotes: [{ date: "2025-11-03", source: "谈心谈话", note: "进度正常" }],
      },
    });
    return tx.cadre.findUniqueOrThrow({ where: { id: cadre.id }, include: FULL_CADRE_INCLUDE });
  });
}
