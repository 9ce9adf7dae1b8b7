import { describe, expect, it } from "vitest";
import { parseLsn } from "@/lib/server/data-change/lsn";

describe("parseLsn (a WAL position from the own-write cookie)", () => {
  it("reads 16/B374D848 as 0x16 × 2³² + 0xB374D848 = 97,500,059,720", () => {
    expect(parseLsn("16/B374D848")).toBe(0x16n * 2n ** 32n + 0xb374d848n);
    expect(parseLsn("16/B374D848")).toBe(97_500_059_720n);
  });

  it("orders 0/FFFFFFFF before 1/0", () => {
    expect(parseLsn("0/FFFFFFFF")! < parseLsn("1/0")!).toBe(true);
  });

  it("refuses anything else (a forged cookie): null", () => {
    for (const bad of ["", "16", "16/", "x/1", "1/2/3", "123456789/0", " 0/1", null, undefined])
      expect(parseLsn(bad)).toBeNull();
  });
});
