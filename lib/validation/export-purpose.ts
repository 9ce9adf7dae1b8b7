// What a request for full 身份证号 in an export states: the purpose (recorded in the audit log)
// and, for the step-up that must precede it, the current 动态口令. Shared by the export dialog
// (messages beside the fields) and the server (the step-up action and the export routes).
import { z } from "zod";

export const ID_NUMBER_MODES = ["masked", "full"] as const;
export type IdNumberMode = (typeof ID_NUMBER_MODES)[number];

export const exportPurposeSchema = z
  .string({ error: "请填写导出完整身份证号的用途" })
  .trim()
  .min(4, "用途至少 4 个字，例如：干部调配上报、组织审批")
  .max(100, "用途不超过 100 个字");

export const stepUpCodeSchema = z
  .string({ error: "请输入动态口令" })
  .trim()
  .regex(/^\d{6}$/, "请输入 6 位数字的动态口令");

/** The step-up action's input. */
export const stepUpSchema = z.object({ code: stepUpCodeSchema });

/** The dialog's form: the purpose travels with the download, the code goes to the step-up first. */
export const fullIdExportSchema = z.object({ purpose: exportPurposeSchema, code: stepUpCodeSchema });

/** What an export request asks for, from its query: masked unless `idNumbers=full` with a purpose. */
export type IdNumberRequest = { mode: "masked" } | { mode: "full"; purpose: string };

export const MASKED: IdNumberRequest = { mode: "masked" };
