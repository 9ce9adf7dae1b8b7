"use server";

import { calendarOverrideSchema, removeOverrideSchema } from "@/lib/validation/calendar";
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { addCalendarOverride, removeCalendarOverride } from "@/lib/server/calendar/calendar-overrides";

const manage = (name: string) => authorizedAction.metadata({ name, resource: "settings", action: "manage" });

export const addCalendarOverrideAction = manage("calendar.addOverride")
  .inputSchema(calendarOverrideSchema)
  .action(async ({ parsedInput, ctx }) => {
    const r = await addCalendarOverride(ctx.actor, parsedInput);
    revalidate("/settings/calendar");
    return r;
  });

export const removeCalendarOverrideAction = manage("calendar.removeOverride")
  .inputSchema(removeOverrideSchema)
  .action(async ({ parsedInput, ctx }) => {
    await removeCalendarOverride(ctx.actor, parsedInput);
    revalidate("/settings/calendar");
    return { ok: true as const };
  });
