// The nested records createFullCadre() gives its cadre: one (or two, where the schema
// distinguishes kinds) of everything a cadre file holds.
import type { Prisma } from "../../lib/generated/prisma/client";
import { addYears, day } from "./dates";

export interface RecordRefs {
  unitId: string;
  staffPostId: string;
  chiefPostId: string;
  mentorId: string;
  trainingId: string;
  workStartDate: Date;
}

export function relatedRecords(
  r: RecordRefs,
): Pick<
  Prisma.CadreCreateInput,
  | "educationRecords"
  | "appointments"
  | "assessments"
  | "sanctions"
  | "personalMattersReports"
  | "familyMembers"
  | "trainingAttendances"
  | "practices"
  | "mentorshipsAsMentee"
  | "talks"
> {
  const promoted = addYears(r.workStartDate, 6);
  return {
    educationRecords: {
      create: [
        {
          level: "BACHELOR",
          degree: "BACHELOR",
          fullTime: true,
          school: "合肥工业大学",
          major: "会计学",
          startDate: addYears(r.workStartDate, -4),
          graduationDate: addYears(r.workStartDate, -0.25),
          is211: true,
          isDoubleFirstClass: true,
        },
        {
          level: "MASTER_STUDY",
          degree: "MASTER",
          fullTime: false,
          school: "安徽大学",
          major: "公共管理（MPA）",
          startDate: addYears(r.workStartDate, 3),
          graduationDate: addYears(r.workStartDate, 6),
        },
      ],
    },
    appointments: {
      create: [
        {
          post: { connect: { id: r.staffPostId } },
          startDate: r.workStartDate,
          endDate: day(promoted.getUTCFullYear(), promoted.getUTCMonth() + 1, promoted.getUTCDate() - 1),
          endReason: "PROMOTED",
          note: "公务员考录",
        },
        {
          post: { connect: { id: r.chiefPostId } },
          startDate: promoted,
          supervisor: { connect: { id: r.mentorId } },
          documentNo: "青组干〔2020〕8号",
        },
      ],
    },
    assessments: {
      create: [
        { year: 2023, grade: "EXCELLENT" },
        { year: 2024, grade: "COMPETENT" },
        { year: 2025, grade: "EXCELLENT" },
      ],
    },
    sanctions: {
      create: [
        {
          kind: "GOV_WARNING",
          decidedOn: day(2024, 4, 8),
          effectEndsOn: day(2024, 10, 7),
          authority: "青禾区监察委员会",
          reason: "先行先试中出现程序瑕疵",
          tolerated: true,
        },
      ],
    },
    personalMattersReports: {
      create: [
        { year: 2026, submittedOn: day(2026, 2, 10), checked: true, falseOrMissing: false, note: "抽查核实一致" },
      ],
    },
    familyMembers: {
      create: [
        {
          relation: "SPOUSE",
          name: "测试配偶",
          birthDate: day(1988, 4, 1),
          politicalStatus: "MASSES",
          workplaceAndPost: "企业职员",
          sortOrder: 1,
        },
        {
          relation: "DAUGHTER",
          name: "测试女儿",
          birthDate: day(2015, 9, 1),
          workplaceAndPost: "在读学生",
          sortOrder: 2,
        },
        { relation: "FATHER", name: "测试父亲", birthDate: day(1958, 1, 1), deceased: true, sortOrder: 3 },
      ],
    },
    trainingAttendances: {
      create: [{ training: { connect: { id: r.trainingId } }, completed: true, result: "结业，考核优秀" }],
    },
    practices: {
      create: [
        {
          kind: "DUNMIAO",
          hostUnit: { connect: { id: r.unitId } },
          hostUnitName: "测试局",
          role: "党工委委员（墩苗锻炼）",
          startDate: day(2023, 3, 1),
          plannedEndDate: day(2025, 3, 1),
          actualEndDate: day(2025, 3, 1),
          hostEvaluation: "表现优秀",
          specialAssessment: "优秀",
          specialAssessedOn: day(2025, 3, 10),
        },
      ],
    },
    mentorshipsAsMentee: {
      create: [
        {
          mentor: { connect: { id: r.mentorId } },
          startDate: day(2024, 1, 8),
          feedback: [{ date: "2024-04-08", note: "指导公文写作" }],
          lastFeedbackOn: day(2024, 4, 8),
        },
      ],
    },
    talks: {
      create: [
        { kind: "CARE", talkedOn: day(2025, 6, 3), talkedBy: "区委组织部副部长 测试", summary: "了解工作生活情况" },
        {
          kind: "HEART_TO_HEART",
          talkedOn: day(2024, 4, 22),
          talkedBy: "区委组织部副部长 测试",
          summary: "容错情形谈话",
          errorTolerated: true,
        },
      ],
    },
  };
}
