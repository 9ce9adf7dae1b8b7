// Refusals answer 4xx, never 500, also for pages: an absurd id in a dynamic route is not found;
// a path that does not decode, or a NUL character (which PostgreSQL refuses), is a bad request
// the app server answers (lib/net/refuse-malformed.ts); "%" in a search is searched for.
import { expect, test } from "./support/fixtures";

test.use({ role: "ORG_STAFF" });

test("malformed addresses answer 4xx, never a server error", async ({ request }) => {
  const expected: Array<[string, number]> = [
    // undecodable percent-encoding: Next.js 16 answers 500, the app server 400 first
    ["/cadres/%ZZ", 400],
    ["/nominations/%E0%A4%A", 400],
    ["/units/%ZZ/posts/x", 400],
    [`/cadres/${"a".repeat(4000)}`, 404],
    ["/nominations/no-such-nomination", 404],
    ["/cadres/%00", 400],
    ["/cadres?q=%00", 400],
    ["/cadres?q=%25", 200],
  ];
  for (const [path, status] of expected) {
    const r = await request.get(path, { maxRedirects: 0 });
    expect(r.status(), path.slice(0, 40)).toBe(status);
  }
});

test("route handlers answer refusals with 4xx over HTTP, next-auth's included", async ({ request }) => {
  const expected: Array<[string, number]> = [
    ["/cadres/export/lrmx?ids=nosuchcadre0000000000000", 404],
    ["/cadres/print-pdf?ids=nosuchcadre0000000000000", 404],
    ["/cadres/export/lrmx", 422],
    ["/audit/export", 404], // not the auditor's account: the area does not exist for it
  ];
  for (const [path, status] of expected) {
    const r = await request.get(path, { maxRedirects: 0 });
    expect(r.status(), path).toBe(status);
  }
  for (const path of ["/api/auth/nonsense", "/api/auth/callback/nonsense", "/api/auth/session?x=%E0%A4"]) {
    const r = await request.get(path, { maxRedirects: 0 });
    expect(r.status(), path).toBeLessThan(500);
  }
  const noCsrf = await request.post("/api/auth/callback/credentials", {
    form: { username: "orgstaff", password: "x" },
    maxRedirects: 0,
  });
  expect(noCsrf.status()).toBeLessThan(500);
});
