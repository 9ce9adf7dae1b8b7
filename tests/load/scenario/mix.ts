// The request mix of one virtual user, by role: organization-department staff browse the
// roster with filters, open profiles and edit forms, the pool, nominations, training and unit
// teams, and write (basic information, a new annual assessment, a nomination's next step); a
// unit party committee works on its own unit's cadres; a leader reads the dashboard, unit
// teams, the roster and the pool. Every request names an endpoint for the report; a response
// that is not a success is an error with a reason.
import { Rng } from "../../factories/random";
import type { HttpUser, Reply } from "../client/http-user";
import type { AdvanceableNomination, EditableCadre, LoadFixtures } from "./fixtures";
import { randomRosterUrl } from "./roster-urls";

export type LoadRole = "ORG_STAFF" | "UNIT" | "LEADER";

export interface Outcome {
  endpoint: string;
  ok: boolean;
  detail?: string;
}

export interface ActionIds {
  saveCadre: string;
  saveAssessment: string;
  advanceNomination: string;
}

export interface VirtualUser {
  role: LoadRole;
  http: HttpUser;
  rng: Rng;
  /** cadres only this user edits */
  editSlice: EditableCadre[];
  /** nominations only this user moves on, each by one step */
  nominations: AdvanceableNomination[];
}

// The app's error page and the generic message: a 200 that shows them is still a failure.
const ERROR_PAGE = /系统出现异常/;

function pageOutcome(endpoint: string, r: Reply): Outcome {
  if (r.status === 200 && !ERROR_PAGE.test(r.body)) return { endpoint, ok: true };
  const where = r.status >= 300 && r.status < 400 ? " (redirect: signed out?)" : "";
  return { endpoint, ok: false, detail: `HTTP ${r.status}${where}` };
}

/** A request that did not get an answer at all (refused connection, reset, timeout). */
export async function guarded(endpoint: string, run: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await run();
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    return {
      endpoint,
      ok: false,
      detail: e instanceof Error ? `${e.name}${cause ? ` ${cause}` : ""}: ${e.message}` : String(e),
    };
  }
}

function page(vu: VirtualUser, endpoint: string, path: string): Promise<Outcome> {
  return guarded(endpoint, async () => pageOutcome(endpoint, await vu.http.page(path)));
}

function editBasic(vu: VirtualUser, ids: ActionIds): Promise<Outcome> {
  return guarded("POST cadre.save (edit)", () => editBasicOnce(vu, ids));
}

async function editBasicOnce(vu: VirtualUser, ids: ActionIds): Promise<Outcome> {
  const endpoint = "POST cadre.save (edit)";
  const c = vu.rng.pick(vu.editSlice);
  const values = { ...c.values, expertise: `负载测试 ${Date.now().toString(36)}` };
  const r = await vu.http.action(`/cadres/${c.id}/edit`, ids.saveCadre, values);
  const data = r.result?.data as { ok?: boolean; version?: number } | undefined;
  if (r.status === 200 && data?.ok) {
    c.values = { ...values, version: data.version ?? values.version + 1 };
    return { endpoint, ok: true };
  }
  return { endpoint, ok: false, detail: `HTTP ${r.status} ${JSON.stringify(r.result ?? r.body.slice(0, 120))}` };
}

function addAssessment(vu: VirtualUser, ids: ActionIds): Promise<Outcome> {
  return guarded("POST cadre.assessment.save (add)", () => addAssessmentOnce(vu, ids));
}

async function addAssessmentOnce(vu: VirtualUser, ids: ActionIds): Promise<Outcome> {
  const endpoint = "POST cadre.assessment.save (add)";
  const c = vu.rng.pick(vu.editSlice);
  let year = 1990;
  while (c.assessedYears.has(year) && year < 2100) year++;
  c.assessedYears.add(year);
  const r = await vu.http.action(`/cadres/${c.id}/edit`, ids.saveAssessment, {
    cadreId: c.id,
    year,
    grade: "COMPETENT",
    note: "负载测试",
  });
  const data = r.result?.data as { ok?: boolean } | undefined;
  if (r.status === 200 && data?.ok) return { endpoint, ok: true };
  return { endpoint, ok: false, detail: `HTTP ${r.status} ${JSON.stringify(r.result ?? r.body.slice(0, 120))}` };
}

function advanceNomination(vu: VirtualUser, ids: ActionIds): Promise<Outcome> {
  const endpoint = "POST nomination.advance";
  return guarded(endpoint, async () => {
    const n = vu.nominations.pop()!;
    const input =
      n.from === "PROPOSED"
        ? { id: n.id, version: n.version, from: n.from, to: "RECOMMENDED", note: "推荐结果已核实（负载测试）" }
        : { id: n.id, version: n.version, from: n.from, to: "DELIBERATED", notes: "已在一定范围内酝酿（负载测试）" };
    const r = await vu.http.action(`/nominations/${n.id}`, ids.advanceNomination, input);
    const data = r.result?.data as { ok?: boolean } | undefined;
    if (r.status === 200 && data?.ok) return { endpoint, ok: true };
    return { endpoint, ok: false, detail: `HTTP ${r.status} ${JSON.stringify(r.result ?? r.body.slice(0, 120))}` };
  });
}

export function nextRequest(vu: VirtualUser, f: LoadFixtures, ids: ActionIds): Promise<Outcome> {
  const { rng } = vu;
  const edits = vu.editSlice.length > 0;
  const anyCadre = () => rng.pick(vu.role === "UNIT" ? f.unitCadreIds : f.allCadreIds);
  const steps: [() => Promise<Outcome>, number][] =
    vu.role === "ORG_STAFF"
      ? [
          [() => page(vu, "GET /cadres?filters", randomRosterUrl(rng, f.unitIds)), 25],
          [() => page(vu, "GET /cadres/[id]", `/cadres/${anyCadre()}`), 20],
          [() => page(vu, "GET /cadres/[id]/edit", `/cadres/${rng.pick(vu.editSlice).id}/edit`), edits ? 8 : 0],
          [() => page(vu, "GET /", "/"), 10],
          [() => page(vu, "GET /pool", "/pool"), 8],
          [() => page(vu, "GET /pool/[entryId]", `/pool/${rng.pick(f.poolEntryIds)}`), 5],
          [() => page(vu, "GET /dashboard", "/dashboard"), 3],
          [() => page(vu, "GET /nominations", "/nominations"), 5],
          [
            () => page(vu, "GET /nominations/[id]", `/nominations/${rng.pick(f.nominationIds)}`),
            f.nominationIds.length ? 5 : 0,
          ],
          [() => page(vu, "GET /training", "/training"), 3],
          [() => page(vu, "GET /training/reminders", "/training/reminders"), 2],
          [() => page(vu, "GET /units", "/units"), 2],
          [() => page(vu, "GET /units/[unitId]", `/units/${rng.pick(f.unitIds)}`), 3],
          [() => editBasic(vu, ids), edits ? 10 : 0],
          [() => addAssessment(vu, ids), edits ? 6 : 0],
          [() => advanceNomination(vu, ids), vu.nominations.length ? 4 : 0],
        ]
      : vu.role === "UNIT"
        ? [
            [() => page(vu, "GET /cadres?filters", randomRosterUrl(rng, [])), 35],
            [() => page(vu, "GET /cadres/[id]", `/cadres/${anyCadre()}`), 35],
            [() => page(vu, "GET /", "/"), 15],
            [() => page(vu, "GET /pool", "/pool"), 5],
            [() => page(vu, "GET /nominations", "/nominations"), 10],
            [() => editBasic(vu, ids), edits ? 10 : 0],
          ]
        : [
            [() => page(vu, "GET /dashboard", "/dashboard"), 30],
            [() => page(vu, "GET /units/[unitId]", `/units/${rng.pick(f.unitIds)}`), 10],
            [() => page(vu, "GET /cadres?filters", randomRosterUrl(rng, f.unitIds)), 30],
            [() => page(vu, "GET /cadres/[id]", `/cadres/${anyCadre()}`), 20],
            [() => page(vu, "GET /pool", "/pool"), 15],
            [() => page(vu, "GET /nominations", "/nominations"), 10],
          ];
  return rng.table(steps.filter(([, w]) => w > 0))();
}
