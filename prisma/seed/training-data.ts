// The district's training calendar 2023–2026: off-job week-long 党性教育 (WS-POLITICAL-
// TRAINING), the yearly 30-day 中青年干部培训班 (WS-CLASS), the yearly special training for
// 科级 young cadres (D20-TRAIN-KJ), 调训 at the city Party school, topic trainings and the
// online academy; plus one class after asOf that people are enrolled in.
import type { TrainingKind } from "../../lib/generated/prisma/enums";
import { day } from "../../tests/factories/dates";

export interface TrainingSpec {
  key: string;
  name: string;
  kind: TrainingKind;
  organizer: string;
  startDate: Date;
  endDate: Date;
  hours: number;
  fullTimeOffJob: boolean;
}

const spec = (
  key: string,
  name: string,
  kind: TrainingKind,
  organizer: string,
  start: Date,
  end: Date,
  hours: number,
  offJob: boolean,
): TrainingSpec => ({
  key,
  name,
  kind,
  organizer,
  startDate: start,
  endDate: end,
  hours,
  fullTimeOffJob: offJob,
});

const ORG = "中共青禾区委组织部";
const SCHOOL = "中共青禾区委党校";

export function trainingCalendar(): TrainingSpec[] {
  const out: TrainingSpec[] = [];
  const classStarts = [day(2023, 3, 6), day(2024, 3, 4), day(2025, 3, 3), day(2026, 3, 2)];
  classStarts.forEach((start, i) => {
    const y = start.getUTCFullYear();
    out.push(
      spec(
        `class-${y}`,
        `青禾区第${i + 8}期中青年干部培训班`,
        "YOUNG_CADRE_CLASS",
        SCHOOL,
        start,
        new Date(start.getTime() + 29 * 86_400_000),
        180,
        true,
      ),
    );
    out.push(
      spec(
        `kj-${y}`,
        `${y}年科级优秀年轻干部专题培训班`,
        "SPECIAL_TRAINING",
        ORG,
        day(y, 9, 11 + i),
        day(y, 9, 13 + i),
        24,
        true,
      ),
    );
    out.push(
      spec(
        `online-${y}`,
        `${y}年度干部网络学院专题学习`,
        "ONLINE",
        "青禾区干部网络学院",
        day(y, 1, 1),
        day(y, 12, 31),
        50,
        false,
      ),
    );
  });
  const party: [string, Date, Date, number][] = [
    ["赴井冈山优秀年轻干部党性教育专题培训班", day(2023, 5, 8), day(2023, 5, 13), 48],
    ["优秀年轻干部党性教育专题培训班（第一期）", day(2024, 4, 15), day(2024, 4, 19), 40],
    ["赴延安优秀年轻干部党性教育专题培训班", day(2024, 10, 14), day(2024, 10, 19), 48],
    ["优秀年轻干部党性教育专题培训班（第二期）", day(2025, 5, 12), day(2025, 5, 16), 40],
    ["赴红旗渠干部学院党性教育专题培训班", day(2025, 10, 20), day(2025, 10, 25), 48],
    ["优秀年轻干部党性教育专题培训班（第三期）", day(2026, 5, 11), day(2026, 5, 15), 40],
    ["优秀年轻干部党性教育专题培训班（第四期）", day(2026, 12, 7), day(2026, 12, 11), 40],
  ];
  party.forEach(([name, s, e, h], i) => out.push(spec(`party-${i}`, name, "PARTY_SPIRIT", ORG, s, e, h, true)));
  out.push(
    spec(
      "assigned-2024",
      "市委党校县处级干部进修班（2024年春季）",
      "ASSIGNED_TRAINING",
      "中共市委党校",
      day(2024, 3, 4),
      day(2024, 4, 26),
      300,
      true,
    ),
  );
  out.push(
    spec(
      "assigned-2025",
      "省委党校中青年干部培训班（2025年秋季）",
      "ASSIGNED_TRAINING",
      "中共安徽省委党校",
      day(2025, 9, 1),
      day(2025, 11, 7),
      360,
      true,
    ),
  );
  out.push(
    spec(
      "topic-invest",
      "招商引资能力提升专题培训",
      "SPECIAL_TRAINING",
      "区投资促进局",
      day(2025, 7, 7),
      day(2025, 7, 9),
      20,
      false,
    ),
  );
  out.push(
    spec(
      "topic-renewal",
      "城市更新与基层治理专题培训",
      "SPECIAL_TRAINING",
      "区住房和城乡建设局",
      day(2026, 6, 15),
      day(2026, 6, 17),
      20,
      false,
    ),
  );
  return out;
}
