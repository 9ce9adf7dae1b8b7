import type { Actor } from "@/lib/auth/actor";
// The Actor fields a benchmark does not vary: a signed-in reader with every clearance.
export const BENCH_ACTOR_FIELDS = {
  recusedCadreIds: [] as string[],
  sessionId: "bench",
  mustChangePassword: false,
  mustEnrollTotp: false,
  clearance: "HIGHLY_SENSITIVE" as const,
  stepUpAt: null,
  ip: null,
  userAgent: null,
  requestId: null,
};

/** A signed-in benchmark reader of the role, without a unit. */
export function benchActor(role: "LEADER" | "ORG_STAFF"): Actor {
  return { userId: "bench", username: "bench", displayName: "基准测试", role, unitId: null, ...BENCH_ACTOR_FIELDS };
}
