// npm run bench:rules [-- --cadres 500000] — times evaluatePool and evaluateStaffing over 100,000
// cadres and 2,000 units (one unit per 50 cadres: 10,000 at 500,000), and evaluateCandidate for
// one cadre, on one core. Prints median and p95; exits with code 1 if a target is missed (pool +
// staffing: median ≤ 500 ms at 100,000, ≤ 1 s at 500,000; candidate ≤ 1 ms).
// The data is generated deterministically (seeded PRNG), so every run times the same district.
import type {
  CadreFacts,
  CandidateTarget,
  EducationRecordFact,
  PoolEntryFact,
  PostFact,
  PromotionFact,
  StaffCadreFact,
  StaffingAppointmentFact,
  UnitFact,
  UnitType,
} from "../../lib/rules";
import { day, evaluateCandidate, evaluatePool, evaluateStaffing, POOL_TIERS, resolveProfile } from "../../lib/rules";

// ─── deterministic data ───

/** mulberry32: small, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The unit mix of a 100,000-cadre district (2,000 units); larger districts scale it. */
const UNIT_MIX: [UnitType, number][] = [
  ["STREET", 60],
  ["TOWNSHIP", 40],
  ["PARTY_GOV_DEPT", 400],
  ["DISTRICT_UNIT", 600],
  ["INSTITUTION", 500],
  ["SCHOOL", 300],
  ["SOE", 100],
];
const DOMAINS = ["党务", "财政金融", "经济招商", "城市建设管理", "经济管理", "社会管理", "金融", "城建", "法律"];

interface BenchData {
  units: UnitFact[];
  posts: PostFact[];
  appointments: StaffingAppointmentFact[];
  promotions: PromotionFact[];
  entries: PoolEntryFact[];
  sample: CadreFacts;
}

function generate(cadreCount: number, seed = 20260630): BenchData {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const units: UnitFact[] = [];
  const scale = cadreCount / 100_000;
  for (const [type, n] of UNIT_MIX) {
    for (let i = 0; i < Math.round(n * scale); i++)
      units.push({ id: `u${units.length}`, name: `单位${units.length}`, type, sectionLeaderPostCount: int(2, 10) });
  }
  const posts: PostFact[] = [];
  const leaderPosts: PostFact[] = [];
  for (const u of units) {
    const head = u.type === "STREET" || u.type === "TOWNSHIP" ? 2 : 1;
    for (let h = 0; h < head; h++)
      leaderPosts.push({
        id: `${u.id}-h${h}`,
        unitId: u.id,
        title: h ? "主任" : "书记",
        isPrincipal: true,
        isPartyGovHead: true,
        rank: "SECTION_PRINCIPAL",
      });
    for (let k = 0; k < u.sectionLeaderPostCount; k++) {
      leaderPosts.push({
        id: `${u.id}-k${k}`,
        unitId: u.id,
        title: "副职",
        isPrincipal: false,
        isPartyGovHead: false,
        rank: "SECTION_DEPUTY",
        isKeyPost: k === 0,
      });
    }
    // Staff posts: about 45 per unit, so that every cadre holds a post.
    for (let s = 0; s < 45; s++)
      posts.push({
        id: `${u.id}-s${s}`,
        unitId: u.id,
        title: "科员",
        isPrincipal: false,
        isPartyGovHead: false,
        rank: "STAFF",
        isLeadership: false,
      });
  }
  posts.push(...leaderPosts);

  const appointments: StaffingAppointmentFact[] = [];
  const entries: PoolEntryFact[] = [];
  const promotions: PromotionFact[] = [];
  let sample: CadreFacts | null = null;
  for (let i = 0; i < cadreCount; i++) {
    const birthDate = day(int(1966, 2000), int(1, 12), int(1, 28));
    const education: EducationRecordFact[] = [
      {
        level: rnd() < 0.8 ? "BACHELOR" : "JUNIOR_COLLEGE",
        degree: "BACHELOR",
        fullTime: rnd() < 0.7,
        is211: rnd() < 0.1,
      },
      ...(rnd() < 0.2 ? [{ level: "MASTER_STUDY" as const, degree: "MASTER" as const, fullTime: rnd() < 0.5 }] : []),
    ];
    const staff: StaffCadreFact = { id: `c${i}`, birthDate, gender: rnd() < 0.4 ? "FEMALE" : "MALE", education };
    const post = i < leaderPosts.length ? leaderPosts[i] : posts[int(0, posts.length - leaderPosts.length - 1)];
    appointments.push({
      id: `a${i}`,
      postId: post.id,
      cadre: staff,
      startDate: day(int(2012, 2025), int(1, 12), 1),
      endDate: null,
    });
    if (rnd() < 0.5) {
      const old = posts[int(0, posts.length - 1)];
      appointments.push({
        id: `a${i}-old`,
        postId: old.id,
        cadre: staff,
        startDate: day(2005, 1, 1),
        endDate: day(int(2006, 2024), int(1, 12), 1),
      });
    }
    const cadre: CadreFacts = {
      id: staff.id,
      birthDate,
      gender: staff.gender,
      ethnicity: rnd() < 0.08 ? "回族" : "汉族",
      politicalStatus: rnd() < 0.9 ? "CPC_MEMBER" : "NON_PARTY",
      education,
      establishmentType: "CIVIL_SERVANT",
      status: "SERVING",
      health: "HEALTHY",
      appointments: [],
      assessments: [],
      sanctions: [],
      familyMembers: [],
      personalMattersReports: [],
    };
    entries.push({
      id: `e${i}`,
      cadre,
      tier: POOL_TIERS[i % POOL_TIERS.length],
      domain: DOMAINS[i % DOMAINS.length],
      enteredOn: day(int(2018, 2026), 1, 1),
      closedOn: rnd() < 0.1 ? day(2025, 6, 1) : null,
    });
    if (i % 20 === 0) {
      const u = units[int(0, units.length - 1)];
      promotions.push({
        id: `p${i}`,
        cadreId: staff.id,
        birthDate,
        promotedOn: day(int(2022, 2026), int(1, 12), 1),
        toRank: rnd() < 0.5 ? "SECTION_DEPUTY" : "SECTION_PRINCIPAL",
        unitId: u.id,
        unitType: u.type,
        isPrincipal: rnd() < 0.3,
      });
    }
    if (i === 0) sample = cadre;
  }
  return { units, posts, appointments, promotions, entries, sample: richCadre(sample!) };
}

/** A cadre with a full record, for timing evaluateCandidate. */
function richCadre(base: CadreFacts): CadreFacts {
  return {
    ...base,
    rank: "SECTION_DEPUTY",
    rankSince: day(2020, 1, 1),
    workStartDate: day(2010, 7, 1),
    appointments: Array.from({ length: 8 }, (_, k) => ({
      postId: `p${k}`,
      unitId: `u${k % 3}`,
      unitType: k % 2 ? ("STREET" as const) : ("PARTY_GOV_DEPT" as const),
      title: k % 4 ? "副主任" : "党工委书记",
      isPrincipal: k % 4 === 0,
      isPartyGovHead: k % 4 === 0,
      rank: "SECTION_DEPUTY" as const,
      isMiddleLevel: k === 0,
      startDate: day(2010 + k, 1, 1),
      endDate: k === 7 ? null : day(2010 + k, 12, 31),
    })),
    assessments: Array.from({ length: 10 }, (_, k) => ({ year: 2016 + k, grade: "COMPETENT" as const })),
    sanctions: [{ kind: "GOV_WARNING", decidedOn: day(2019, 1, 1), effectEndsOn: day(2019, 7, 1) }],
    familyMembers: [{ relation: "SPOUSE" }, { relation: "SON" }, { relation: "FATHER" }],
    personalMattersReports: Array.from({ length: 6 }, (_, k) => ({ year: 2020 + k, falseOrMissing: false })),
    talks: [{ kind: "HEART_TO_HEART", talkedOn: day(2025, 3, 1) }],
  };
}

// ─── timing ───

const RUNS = 15;
const WARMUP = 3;
const asOf = day(2026, 6, 30);

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

function time(fn: () => unknown, runs = RUNS): number[] {
  for (let i = 0; i < WARMUP; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

const fmt = (ms: number) => `${ms.toFixed(ms < 1 ? 4 : 1)} ms`;

const argAt = process.argv.indexOf("--cadres");
const CADRES = argAt > 0 ? Number(process.argv[argAt + 1]) : 100_000;
if (!Number.isInteger(CADRES) || CADRES < 1000) throw new Error("--cadres: a whole number ≥ 1000");
/** The targets: 500 ms at 100,000 cadres, 1 s at 500,000 (linear in between). */
const TARGET_MS = CADRES <= 100_000 ? 500 : CADRES <= 500_000 ? 500 + ((CADRES - 100_000) / 400_000) * 500 : Infinity;

const t0 = performance.now();
const data = generate(CADRES);
console.log(
  `data: ${data.entries.length} pool entries / cadres, ${data.units.length} units, ${data.posts.length} posts, ` +
    `${data.appointments.length} appointments, ${data.promotions.length} promotions (generated in ${fmt(performance.now() - t0)})`,
);

// Every rule of every preset switched on: the heaviest profile a district could choose.
const profile = resolveProfile({
  key: "bench-all",
  name: "全部规则",
  extends: "district-2020",
  enable: ["shushan-2012", "zhuzhou-2015", "work-summary", "shanxi-dunmiao"].flatMap((k) => resolveProfile(k).rules),
});

// The first evaluation of a fact set also compacts it (lib/rules: compact-entries.ts,
// compact-appointments.ts), kept for the next ones while the arrays live: time it on fresh copies.
const firstCall = Array.from({ length: 5 }, () => {
  const entries = [...data.entries];
  const appointments = [...data.appointments];
  const t = performance.now();
  evaluatePool(entries, profile, asOf);
  evaluateStaffing(data.units, data.posts, appointments, data.promotions, profile, asOf);
  return performance.now() - t;
});
// The rules keep each day's index of the compact facts (staffing-index.ts, entry-info.ts): every
// timed run below reads a day not read before (a day earlier each time), so each is the whole
// evaluation of a day; "the same day again" times what a repeated day costs.
let daysBack = 0;
const newDay = () => new Date(asOf.getTime() - ++daysBack * 86_400_000);
const pool = time(() => evaluatePool(data.entries, profile, newDay()));
const staffing = time(() =>
  evaluateStaffing(data.units, data.posts, data.appointments, data.promotions, profile, newDay()),
);
const both = time(() => {
  const day = newDay();
  evaluatePool(data.entries, profile, day);
  evaluateStaffing(data.units, data.posts, data.appointments, data.promotions, profile, day);
});
const sameDay = time(() => {
  evaluatePool(data.entries, profile, asOf);
  evaluateStaffing(data.units, data.posts, data.appointments, data.promotions, profile, asOf);
});

const targets: CandidateTarget[] = [
  { kind: "POOL", tier: "DIVISION_DEPUTY" },
  { kind: "PROMOTION", rank: "SECTION_PRINCIPAL" },
  { kind: "TOWNSHIP_UP", level: "CITY" },
];
const CALLS = 2_000;
const perCall = time(() => {
  for (let i = 0; i < CALLS; i++) evaluateCandidate(data.sample, targets[i % targets.length], profile, asOf);
}, 25).map((ms) => ms / CALLS);

const rows: [string, number[], number][] = [
  [`evaluatePool (${data.entries.length.toLocaleString("en")} entries)`, pool, Infinity],
  [`evaluateStaffing (${data.units.length.toLocaleString("en")} units)`, staffing, Infinity],
  ["evaluatePool + evaluateStaffing", both, TARGET_MS],
  ["  the same, first call on new facts", firstCall, Infinity],
  ["  the same day again (day indexes kept)", sameDay, Infinity],
  ["evaluateCandidate (per call)", perCall, 1],
];
let failed = false;
for (const [name, samples, limit] of rows) {
  const { median, p95 } = stats(samples);
  const verdict = Number.isFinite(limit)
    ? median <= limit
      ? `  ✓ target ≤ ${limit} ms`
      : `  ✗ target ≤ ${limit} ms`
    : "";
  if (Number.isFinite(limit) && median > limit) failed = true;
  console.log(`${name.padEnd(34)} median ${fmt(median).padStart(11)}   p95 ${fmt(p95).padStart(11)}${verdict}`);
}
if (failed) process.exitCode = 1;
