// Every write the fault test attempts, with what the client was told, checked afterwards
// against the database. A write is a new annual assessment carrying a unique token in its
// note. The client's view of each write is one of:
//   acknowledged — the app answered "saved" (must then be present exactly once);
//   refused      — the app answered with an error (must then be absent);
//   no answer    — no answer from the app (connection lost, or nginx's 502 while it was dead):
//                  either outcome is legitimate; both are counted.
import pg from "pg";

export type WriteOutcome = "acknowledged" | "refused" | "no-answer";

export interface WriteAttempt {
  token: string;
  cadreId: string;
  year: number;
  outcome: WriteOutcome;
  /** what the user was shown (refused) or the transport error (no answer) */
  detail?: string;
  at: number;
}

export interface LedgerVerdict {
  attempted: number;
  acknowledged: number;
  acknowledgedPresent: number;
  lost: number;
  duplicated: number;
  refused: number;
  refusedPresent: number;
  noAnswer: number;
  noAnswerPresent: number;
  /** acknowledged writes whose audit row is missing or duplicated */
  auditMismatches: number;
}

export class WriteLedger {
  readonly attempts: WriteAttempt[] = [];

  record(a: WriteAttempt): void {
    this.attempts.push(a);
  }

  async verify(ownerUrl: string): Promise<LedgerVerdict> {
    const c = new pg.Client({ connectionString: ownerUrl });
    await c.connect();
    try {
      const tokens = this.attempts.map((a) => a.token);
      const rows = await c.query<{ note: string; n: string; audits: string }>(
        `select a.note, count(*)::text as n,
                (select count(*) from "AuditLog" l where l."objectType" = 'Assessment' and l."objectId" = any(array_agg(a.id)))::text as audits
         from "Assessment" a where a.note = any($1::text[]) group by a.note`,
        [tokens],
      );
      const found = new Map(rows.rows.map((r) => [r.note, { n: Number(r.n), audits: Number(r.audits) }]));
      const v: LedgerVerdict = {
        attempted: this.attempts.length,
        acknowledged: 0,
        acknowledgedPresent: 0,
        lost: 0,
        duplicated: 0,
        refused: 0,
        refusedPresent: 0,
        noAnswer: 0,
        noAnswerPresent: 0,
        auditMismatches: 0,
      };
      for (const a of this.attempts) {
        const f = found.get(a.token);
        const n = f?.n ?? 0;
        if (a.outcome === "acknowledged") {
          v.acknowledged++;
          if (n === 1) v.acknowledgedPresent++;
          if (n === 0) v.lost++;
          if (n > 1) v.duplicated++;
          if (n >= 1 && f!.audits !== n) v.auditMismatches++;
        } else if (a.outcome === "refused") {
          v.refused++;
          if (n > 0) v.refusedPresent++;
        } else {
          v.noAnswer++;
          if (n > 0) v.noAnswerPresent++;
        }
      }
      return v;
    } finally {
      await c.end();
    }
  }
}
