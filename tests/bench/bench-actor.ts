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
