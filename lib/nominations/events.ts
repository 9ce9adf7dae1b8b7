// What a NominationEvent records. A transition moves fromStage → toStage; the other events
// stay at the same stage and say what happened in data.kind. Pure: shared by the server layer
// and the pages that show the timeline.
import type { NominationStage } from "@/lib/domain/enums";

export const EVENT_KINDS = [
  "SUBMITTED",
  // 动议 by the organization department from a 模拟调配 plan (lib/server/staffing-plans/convert.ts)
  "PLANNED",
  "RESUBMITTED",
  "RETURNED",
  "OBJECTION",
  "OBJECTION_RESOLVED",
  "RECOMMENDATION_RENEWED",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface EventLike {
  id: string;
  fromStage: NominationStage | null;
  toStage: NominationStage;
  data: unknown;
  occurredAt: Date;
}

function dataOf(e: EventLike): Record<string, unknown> {
  return e.data && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Record<string, unknown>) : {};
}

export function eventKind(e: EventLike): EventKind | "ADVANCED" {
  const k = dataOf(e).kind;
  return typeof k === "string" && (EVENT_KINDS as readonly string[]).includes(k) ? (k as EventKind) : "ADVANCED";
}

export interface Objection {
  id: string;
  receivedOn: string;
  content: string;
  resolution: string | null;
  resolvedAt: Date | null;
}

/** Objections received during 公示, each with its resolution when one was recorded. */
export function objectionsOf(events: readonly EventLike[]): Objection[] {
  const list = new Map<string, Objection>();
  for (const e of events) {
    const d = dataOf(e);
    if (eventKind(e) === "OBJECTION") {
      list.set(e.id, {
        id: e.id,
        receivedOn: String(d.receivedOn ?? ""),
        content: String(d.content ?? ""),
        resolution: null,
        resolvedAt: null,
      });
    } else if (eventKind(e) === "OBJECTION_RESOLVED") {
      const o = list.get(String(d.objectionId ?? ""));
      if (o) Object.assign(o, { resolution: String(d.resolution ?? ""), resolvedAt: e.occurredAt });
    }
  }
  return [...list.values()];
}

/** The data recorded by the last transition into `stage` (e.g. the 讨论决定 meeting). */
export function stepData(events: readonly EventLike[], stage: NominationStage): Record<string, unknown> | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.toStage === stage && e.fromStage !== stage && eventKind(e) === "ADVANCED") return dataOf(e);
  }
  return null;
}
