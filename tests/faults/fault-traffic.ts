// The traffic that keeps running through the faults: writers add annual assessments (each a
// ledger entry with a unique token), readers open roster, profile and home pages. Every answer
// is classified; the times of successes let the test measure when service came back.
import { randomBytes } from "node:crypto";
import { guarded, type VirtualUser } from "../load/scenario/mix";
import { randomRosterUrl } from "../load/scenario/roster-urls";
import type { LoadFixtures } from "../load/scenario/fixtures";
import type { WriteLedger } from "./write-ledger";

export interface TrafficEvents {
  /** performance.now() of every successful page and every acknowledged write */
  pageOk: number[];
  writeOk: number[];
  /** distinct messages users were shown in failed answers (action errors, error pages) */
  messages: Set<string>;
}

const RUN = randomBytes(3).toString("hex");
let seq = 0;

/** Years are handed out per cadre so that no two attempts ever collide on (cadre, year). */
function nextYear(vu: VirtualUser, cadreIndex: number): { cadreId: string; year: number } | null {
  const c = vu.editSlice[cadreIndex % vu.editSlice.length];
  for (let y = 1980; y <= 2100; y++) {
    if (!c.assessedYears.has(y)) {
      c.assessedYears.add(y);
      return { cadreId: c.id, year: y };
    }
  }
  return null;
}

async function write(vu: VirtualUser, actionId: string, ledger: WriteLedger, ev: TrafficEvents) {
  const target = nextYear(vu, vu.rng.int(0, 1_000_000));
  if (!target) return { endpoint: "POST assessment (fault)", ok: true };
  const token = `fault-${RUN}-${++seq}`;
  const at = performance.now();
  try {
    const r = await vu.http.action(`/cadres/${target.cadreId}/edit`, actionId, {
      ...target,
      grade: "COMPETENT",
      note: token,
    });
    const data = r.result?.data as { ok?: boolean } | undefined;
    if (r.status === 200 && data?.ok) {
      ledger.record({ token, ...target, outcome: "acknowledged", at });
      ev.writeOk.push(performance.now());
      return { endpoint: "POST assessment (fault)", ok: true };
    }
    if (r.status === 200 && r.result) {
      const shown = r.result.serverError ?? JSON.stringify(r.result.validationErrors ?? r.result.data);
      ev.messages.add(`保存时：${shown.replace(/参考编号：[0-9A-F]+/, "参考编号：…")}`);
      ledger.record({ token, ...target, outcome: "refused", detail: shown, at });
      return { endpoint: "POST assessment (fault)", ok: false, detail: shown };
    }
    // nginx's 502/504 (no app behind it) or anything else that is not the app's answer.
    ledger.record({ token, ...target, outcome: "no-answer", detail: `HTTP ${r.status}`, at });
    return { endpoint: "POST assessment (fault)", ok: false, detail: `HTTP ${r.status}` };
  } catch (e) {
    ledger.record({ token, ...target, outcome: "no-answer", detail: e instanceof Error ? e.message : String(e), at });
    return { endpoint: "POST assessment (fault)", ok: false, detail: "no answer" };
  }
}

async function read(vu: VirtualUser, f: LoadFixtures, ev: TrafficEvents) {
  const path = vu.rng.table<string>([
    [randomRosterUrl(vu.rng, f.unitIds), 4],
    [`/cadres/${vu.rng.pick(f.allCadreIds)}`, 4],
    ["/", 2],
  ]);
  return guarded("GET page (fault)", async () => {
    const r = await vu.http.page(path);
    if (r.status === 200 && !r.body.includes("系统出现异常")) {
      ev.pageOk.push(performance.now());
      return { endpoint: "GET page (fault)", ok: true };
    }
    return { endpoint: "GET page (fault)", ok: false, detail: `HTTP ${r.status}` };
  });
}

export function faultRequest(
  vu: VirtualUser,
  f: LoadFixtures,
  actionId: string,
  ledger: WriteLedger,
  ev: TrafficEvents,
) {
  return vu.role === "ORG_STAFF" && vu.editSlice.length ? write(vu, actionId, ledger, ev) : read(vu, f, ev);
}
