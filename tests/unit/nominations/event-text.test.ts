import { describe, expect, it } from "vitest";
import { eventFields, eventTitle } from "@/lib/nominations/event-text";
import { objectionsOf, stepData } from "@/lib/nominations/events";
import { tierOptions } from "@/lib/nominations/form-options";
import { resolveProfile } from "@/lib/rules";

const at = new Date("2026-11-20T02:00:00Z");
const ev = (id: string, fromStage: string | null, toStage: string, data: unknown) =>
  ({ id, fromStage, toStage, data, occurredAt: at }) as Parameters<typeof eventTitle>[0];

describe("the timeline's words", () => {
  it("names transitions and same-stage events, and lists fields in the step's order with dotted dates", () => {
    const decided = ev("e1", "DELIBERATED", "DECIDED", {
      votesFor: 9,
      meetingDate: "2026-11-12",
      decision: "同意",
      votesAgainst: 0,
    });
    expect(eventTitle(decided)).toBe("进入“讨论决定”");
    expect(eventFields(decided)).toEqual([
      { label: "会议日期", value: "2026.11.12" },
      { label: "决定内容", value: "同意" },
      { label: "同意票", value: "9" },
      { label: "不同意票", value: "0" },
    ]);
    // a step's target stage is the event's own (toStage), not a field: older events stored it in data too
    expect(eventFields(ev("e4", "RECOMMENDED", "INVESTIGATED", { to: "INVESTIGATED", findings: "表现突出" }))).toEqual([
      { label: "考察情况", value: "表现突出" },
    ]);
    expect(eventTitle(ev("e2", "PUBLICIZED", "PUBLICIZED", { kind: "OBJECTION" }))).toBe("收到公示期间反映");
    expect(eventTitle(ev("e3", "DECIDED", "REJECTED", { reason: "x" }))).toBe("不予通过");
  });

  it("pairs each objection with its resolution, and finds a step's data", () => {
    const events = [
      ev("d", "DELIBERATED", "DECIDED", { meetingDate: "2026-11-12" }),
      ev("o1", "PUBLICIZED", "PUBLICIZED", { kind: "OBJECTION", receivedOn: "2026-11-20", content: "来信" }),
      ev("o2", "PUBLICIZED", "PUBLICIZED", { kind: "OBJECTION", receivedOn: "2026-11-21", content: "来电" }),
      ev("r1", "PUBLICIZED", "PUBLICIZED", { kind: "OBJECTION_RESOLVED", objectionId: "o1", resolution: "不属实" }),
    ];
    expect(objectionsOf(events).map((o) => [o.id, o.resolution])).toEqual([
      ["o1", "不属实"],
      ["o2", null],
    ]);
    expect(stepData(events, "DECIDED")).toEqual({ meetingDate: "2026-11-12" });
  });
});

describe("tiers offered by the form", () => {
  it("district-2020 offers 正处/副处/科级; shushan-2012 the reserves", () => {
    expect(tierOptions(resolveProfile("district-2020")).map((t) => t.value)).toEqual([
      "DIVISION_PRINCIPAL",
      "DIVISION_DEPUTY",
      "SECTION",
    ]);
    expect(tierOptions(resolveProfile("shushan-2012")).map((t) => t.value)).toEqual([
      "PRINCIPAL_RESERVE",
      "DEPUTY_RESERVE",
    ]);
  });
});
