"use client";
// The one save hook of the forms: runs a server action; when it went through, goes where the
// form says (a new record's page, the list) or stays with a "saved" notice, and re-reads the
// server's data. When it did not, the form keeps what was typed: `err` gives each field's
// message and the result carries the rest for FormAlert.
import { useAction } from "next-safe-action/hooks";
import type { SingleInputActionFn } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { useNotice } from "@/components/ui/notice";
import { fieldErrorsOf } from "./field-errors";

export interface AfterSave<Data> {
  /** where to go after the save (from its result); without it the form stays, marked saved */
  goTo?: string | ((data: Data) => string | undefined);
  /** whether the result is a save (default: always); a refusal in the data stays on screen */
  went?: (data: Data) => boolean;
  /** anything else the form does (clear a selection, reset its fields) */
  then?: (data: Data) => void;
  /**
   * What the save did to whom, shown once above the page it leads to ("刘浩博已入库（科级）"),
   * for forms whose next page does not say it already.
   */
  notice?: string | ((data: Data) => string);
}

export function useSave<ServerError, Schema extends z.ZodType | undefined, ShapedErrors, Data>(
  action: SingleInputActionFn<ServerError, Schema, ShapedErrors, Data>,
  after: AfterSave<Data> = {},
) {
  const router = useRouter();
  const notices = useNotice();
  const [saved, setSaved] = useState(false);
  const hook = useAction(action, {
    onExecute: () => setSaved(false),
    onSuccess: ({ data }) => {
      if (after.went && !after.went(data as Data)) return;
      after.then?.(data as Data);
      const to = typeof after.goTo === "function" ? after.goTo(data as Data) : after.goTo;
      const notice = typeof after.notice === "function" ? after.notice(data as Data) : after.notice;
      if (notice) notices.show(notice);
      if (to) router.push(to);
      else setSaved(true);
      router.refresh();
    },
  });
  return { ...hook, saved, err: fieldErrorsOf(hook.result.validationErrors) };
}
