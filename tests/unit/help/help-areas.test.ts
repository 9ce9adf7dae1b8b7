import { describe, expect, it } from "vitest";
import { NAV_ITEMS } from "@/components/layout/nav-items";
import { HELP_AREAS, helpAreaOf } from "@/lib/help/areas";

describe("help areas", () => {
  it("every menu item has a help area, found from its pages' paths; 首页's for /", () => {
    const missing = NAV_ITEMS.filter((i) => !helpAreaOf(i.href)).map((i) => i.label);
    expect(missing).toEqual([]);
    expect(helpAreaOf("/pool/abc123")?.title).toBe("干部库");
    expect(helpAreaOf("/")?.title).toBe("首页");
  });

  it("keys are unique and no two areas claim one path", () => {
    const paths = HELP_AREAS.flatMap((a) => a.paths);
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(HELP_AREAS.map((a) => a.key)).size).toBe(HELP_AREAS.length);
  });
});
