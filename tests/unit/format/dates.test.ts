import { describe, expect, it } from "vitest";
import { formatDate, formatDateLong, formatDateTime } from "@/lib/format/dates";

describe("dates as an organization department writes them", () => {
  const utcMidnight = new Date(Date.UTC(2026, 5, 3));
  it("calendar dates: dotted, or in words inside sentences", () => {
    expect(formatDate(utcMidnight)).toBe("2026.06.03");
    expect(formatDateLong(utcMidnight)).toBe("2026年6月3日");
  });

  it("moments in China time, with seconds only when asked (the audit log)", () => {
    const moment = new Date("2026-11-22T02:05:07Z");
    expect(formatDateTime(moment)).toBe("2026.11.22 10:05");
    expect(formatDateTime(moment, { seconds: true })).toBe("2026.11.22 10:05:07");
    // late evening UTC is the next day in China
    expect(formatDateTime(new Date("2026-11-21T16:30:00Z"))).toBe("2026.11.22 00:30");
    expect(formatDateTime(null)).toBe("");
  });
});
