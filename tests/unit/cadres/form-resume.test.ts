import { describe, expect, it } from "vitest";
import {
  formResumeLines,
  rewardsAndPunishmentsText,
  rewardsFromFormText,
  storedResumeLines,
  withoutGenerated,
} from "@/lib/cadres/form-resume";
import { lrmxDraftFromRecord, type CadreRecordForForm } from "@/lib/cadres/lrmx-from-record";
import { parseLrmx, writeLrmx } from "@/lib/lrmx";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const sanction = {
  kind: "GOV_WARNING" as const,
  decidedOn: d("2024-04-08"),
  authority: "青禾区监察委员会",
  tolerated: true,
  revokedAt: null,
};

describe("简历 of the form: generated lines merged with imported ones", () => {
  const education = [
    { fullTime: true, school: "安徽大学", major: "法学", startDate: d("2004-09-01"), graduationDate: d("2008-07-01") },
  ];
  const appointments = [
    { startDate: d("2019-04-01"), endDate: null, unitName: "青禾区柳溪街道", title: "党工委副书记" },
  ];
  const imported = [
    { start: "2004-09", end: "2008-07", text: "安徽大学法学专业学习", notes: [] },
    { start: "2008-07", end: "2019-04", text: "青禾区司法局科员", notes: ["2011.09--2013.12在职研究生学习"] },
  ];

  it("shows a line the record generates once, keeps the imported notes, sorts by start", () => {
    expect(formResumeLines(imported, education, appointments).map((l) => [l.start, l.text, l.notes.length])).toEqual([
      ["2004-09", "安徽大学法学专业学习", 0],
      ["2008-07", "青禾区司法局科员", 1],
      ["2019-04", "青禾区柳溪街道党工委副书记", 0],
    ]);
  });

  it("drops what the record generates when storing imported lines, and reads malformed JSON as no lines", () => {
    const generated = formResumeLines([], education, appointments);
    expect(withoutGenerated(imported, generated).map((l) => l.text)).toEqual(["青禾区司法局科员"]);
    expect(storedResumeLines([{ start: "bad" }])).toEqual([]);
  });
});

describe("奖惩情况", () => {
  it("is the imported rewards, then the generated sanctions; 无 when both are empty; an import takes the sanctions back out", () => {
    const text = rewardsAndPunishmentsText("2020年被评为优秀共产党员", [sanction]);
    expect(text).toBe("2020年被评为优秀共产党员；2024.04受到警告（政务）（青禾区监察委员会）（容错免责）");
    expect(rewardsFromFormText(text, [sanction])).toBe("2020年被评为优秀共产党员");
    expect(rewardsAndPunishmentsText(null, [])).toBe("无");
    expect(rewardsFromFormText("无", [])).toBeNull();
  });
});

describe("a record written as LRMX and read back", () => {
  it("gives the same person, education, family and 简历", () => {
    const record: CadreRecordForForm = {
      name: "欧阳晓",
      gender: "FEMALE",
      birthDate: d("1990-03-15"),
      ethnicity: "回族",
      nativePlace: "安徽寿县",
      birthplace: "安徽淮南",
      politicalStatus: "DEMOCRATIC_PARTY",
      partyJoinDate: d("2015-06-01"),
      democraticParty: "民盟",
      workStartDate: d("2012-07-01"),
      health: "HEALTHY",
      professionalTitle: "经济师",
      expertise: null,
      currentPostTitle: "青禾区发改委副主任",
      rewardsAndPunishments: null,
      resumeLines: [],
      photo: null,
      educationRecords: [
        {
          id: "e1",
          fullTime: true,
          level: "MASTER_STUDY",
          degree: "MASTER",
          school: "南京大学",
          major: "经济学",
          startDate: d("2009-09-01"),
          graduationDate: d("2012-07-01"),
        },
      ],
      appointments: [{ startDate: d("2012-07-01"), endDate: null, unitName: "青禾区发改委", title: "科员" }],
      assessments: [
        { year: 2021, grade: "COMPETENT" },
        { year: 2022, grade: "EXCELLENT" },
        { year: 2023, grade: "EXCELLENT" },
        { year: 2024, grade: "COMPETENT" },
      ],
      sanctions: [],
      familyMembers: [
        {
          relation: "SPOUSE",
          name: "李明",
          birthDate: d("1989-01-01"),
          politicalStatus: "CPC_MEMBER",
          workplaceAndPost: "青禾区医院医生",
          deceased: false,
        },
      ],
    };
    const draft = lrmxDraftFromRecord(record, {
      asOf: d("2026-06-30"),
      filledOn: d("2026-06-01"),
      filledBy: "王敏",
      idNumber: null,
    });
    const r = parseLrmx(writeLrmx(draft));
    if (!r.ok) throw new Error(r.message);
    expect(r.draft).toMatchObject({
      name: "欧阳晓",
      gender: "FEMALE",
      birth: "1990-03",
      politicalStatus: "DEMOCRATIC_PARTY",
      democraticParty: "民盟",
      partyJoin: "2015-06",
      ageReferenceDate: "2026-06-30",
      rewardsAndPunishments: "无",
      fullTimeEducation: { level: "MASTER_STUDY", degree: "MASTER", school: "南京大学", major: "经济学" },
      family: [{ title: "丈夫", relation: "SPOUSE", name: "李明", birth: "1989-01", politicalStatus: "CPC_MEMBER" }],
    });
    expect(r.draft.assessments.map((a) => a.year)).toEqual([2022, 2023, 2024]); // the last three, as printed
    expect(r.draft.resume.map((l) => l.text)).toEqual(["南京大学经济学专业学习", "青禾区发改委科员"]);
  });
});
