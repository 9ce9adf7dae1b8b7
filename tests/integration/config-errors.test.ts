import net from "node:net";
import { describe, expect, it } from "vitest";
import { assertReachable } from "@/lib/database/admin";
import { freePort, portInUse } from "@/lib/database/free-port";
import { chromiumPath } from "../e2e/support/chromium";

describe("bad configuration gets a clear message", () => {
  it("an unreachable DATABASE_URL names the host and says what to check, without the password", async () => {
    const port = await freePort();
    const url = `postgresql://miaopu:s3cret-pw@127.0.0.1:${port}/miaopu`;
    const err = await assertReachable(url).then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toContain(`127.0.0.1:${port}`);
    expect(err?.message).toContain("检查 DATABASE_URL");
    expect(err?.message).not.toContain("s3cret-pw");
  });

  it("a port in use is detected before the server starts", async () => {
    const server = net.createServer();
    await new Promise<void>((r) => server.listen(0, r));
    const { port } = server.address() as net.AddressInfo;
    expect(await portInUse(port)).toBe(true);
    await new Promise((r) => server.close(r));
    expect(await portInUse(port)).toBe(false);
  });

  it("a missing Chromium says how to install it", () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      expect(() => chromiumPath()).toThrow(/apt-get install -y chromium fonts-noto-cjk/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
