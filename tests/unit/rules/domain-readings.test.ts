// One list of 熟悉领域 for two documents' words: SS12 names 金融 and 城建 where district-2020 (and
// the district's list) says 财政金融 and 城市建设管理. A domain rule counts every reading.
import { describe, expect, it } from "vitest";
import { evaluatePool, listCoversDomain, type PoolEntryFact } from "@/lib/rules";
import { AS_OF, D20, entry, SS12 } from "./fixtures";

const inDomain = (id: string, tier: "PRINCIPAL_RESERVE" | "SECTION", domain: string): PoolEntryFact => ({
  ...entry(id, tier),
  domain,
});
const domainRow = (rows: { key: string; actual: unknown }[], key: string) => rows.find((r) => r.key === key);

describe("domain readings (D20-POOL-DOMAINS, SS12-DOMAINS)", () => {
  it("SS12-DOMAINS:金融 counts the 2 entries recorded as 财政金融 and SS12-DOMAINS:城建 the 1 recorded as 城市建设管理", () => {
    const rows = evaluatePool(
      [
        inDomain("a", "PRINCIPAL_RESERVE", "财政金融"),
        inDomain("b", "PRINCIPAL_RESERVE", "财政金融"),
        inDomain("c", "PRINCIPAL_RESERVE", "城市建设管理"),
      ],
      SS12,
      AS_OF,
    ).rows;
    expect(domainRow(rows, "SS12-DOMAINS:金融")).toMatchObject({ actual: { count: 2 } });
    expect(domainRow(rows, "SS12-DOMAINS:城建")).toMatchObject({ actual: { count: 1 } });
    expect(domainRow(rows, "SS12-DOMAINS:法律")).toMatchObject({ actual: { count: 0 } });
  });

  it("D20-POOL-DOMAINS:财政金融 counts an entry recorded under the older word 金融 (1 of 1)", () => {
    const rows = evaluatePool([inDomain("a", "SECTION", "金融")], D20, AS_OF).rows;
    expect(domainRow(rows, "D20-POOL-DOMAINS:财政金融")).toMatchObject({ actual: { count: 1 } });
  });

  it("a list with 财政金融 and 城市建设管理 covers 金融 and 城建; 法律 is not covered by either", () => {
    const list = ["党务", "财政金融", "城市建设管理"];
    expect(["金融", "城建", "财政金融", "法律"].map((d) => listCoversDomain(list, d))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
