// While PostgreSQL is unreachable, signing in shows the generic Chinese message with a
// reference id — not the database driver's text (which named the server and the query).
import { afterAll, describe, expect, it, vi } from "vitest";
import { freePort } from "@/lib/database/free-port";
import { authOptions } from "@/lib/server/auth/options";
import { switchDatabase } from "../../support/switch-database";
import { workerDatabaseUrl } from "../../support/test-database";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;

afterAll(async () => {
  await switchDatabase(workerDatabaseUrl());
});

describe("sign-in while the database is down", () => {
  it("throws the generic message with a reference id, and logs the cause", async () => {
    await switchDatabase(`postgresql://miaopu:pw@127.0.0.1:${await freePort()}/miaopu`);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
    const err = await authorize({ username: "orgstaff", password: "whatever-123" }, { headers: {} }).then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/^系统出现异常，请稍后重试（参考编号：[0-9A-F]{10}）$/);
    const ref = /参考编号：([0-9A-F]{10})/.exec(err!.message)![1];
    expect(String(logged.mock.calls[0]?.[0])).toContain(ref);
    logged.mockRestore();
  });
});
