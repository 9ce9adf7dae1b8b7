// Input of the unit, post and appointment forms and their server actions (one schema each,
// shared by both sides). Messages are Chinese and shown beside the field.
import { z } from "zod";
import { AppointmentEndReason, Rank, UnitType } from "@/lib/domain/enums";
import { calendarDate } from "./dates";

const id = z.string().trim().min(1, "缺少记录编号").max(64, "记录编号格式不正确");
const version = z.coerce.number().int().min(1);
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .optional()
    .transform((s) => (s ? s : null));
const count = (label: string, max: number) =>
  z.coerce
    .number({ error: `${label}应为整数` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(max, `${label}不能超过${max}`);

export const unitFieldsSchema = z.object({
  name: z.string().trim().min(1, "请填写单位名称").max(60, "单位名称不能超过60个字"),
  shortName: optionalText(30, "简称"),
  code: z
    .string()
    .trim()
    .min(1, "请填写单位代码")
    .max(40, "单位代码不能超过40个字符")
    .regex(/^[A-Za-z0-9-]+$/, "单位代码只能包含字母、数字和连字符"),
  type: z.enum(UnitType, { error: "请选择单位类型" }),
  parentId: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s ? s : null)),
  sectionLeaderPostCount: count("科级领导职数", 99),
  isPartyGovDept: z.boolean(),
  sortOrder: count("排序号", 100000),
});

export const createUnitSchema = unitFieldsSchema;
export const updateUnitSchema = unitFieldsSchema.extend({ id, version });

export const postFieldsSchema = z.object({
  title: z.string().trim().min(1, "请填写职位名称").max(40, "职位名称不能超过40个字"),
  rank: z.enum(Rank, { error: "请选择职务层次" }),
  isPrincipal: z.boolean(),
  isPartyGovHead: z.boolean(),
  isLeadership: z.boolean(),
  isKeyPost: z.boolean(),
  sortOrder: count("排序号", 100000),
});

export const createPostSchema = postFieldsSchema.extend({ unitId: id });
export const updatePostSchema = postFieldsSchema.extend({ id, version });
export const archivePostSchema = z.object({ id, version });

export const appointSchema = z.object({
  postId: id,
  /** the post's version when the form was opened: a concurrent appointment is detected */
  postVersion: version,
  cadreId: z.string().trim().min(1, "请选择任职干部"),
  startDate: calendarDate("任职时间"),
  documentNo: optionalText(60, "任职文号"),
  note: optionalText(500, "备注"),
  /** 同时免去原职务: end the cadre's other running appointments on the day before startDate.
   *  Left out: on when the post is a leadership post. */
  endOthers: z.boolean().optional(),
  /** 破格 reason, required when a hard rule check fails */
  exceptionReason: optionalText(500, "破格理由"),
});

export const endAppointmentSchema = z.object({
  appointmentId: id,
  version,
  endDate: calendarDate("离任时间"),
  endReason: z.enum(AppointmentEndReason, { error: "请选择离任方式" }),
});

export type CreateUnitInput = z.infer<typeof createUnitSchema>;
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;
export type CreatePostInput = z.infer<typeof createPostSchema>;
export type UpdatePostInput = z.infer<typeof updatePostSchema>;
/** The server's input: callers other than the form (tests, jobs) may leave the reason out. */
export type AppointInput = Omit<z.infer<typeof appointSchema>, "exceptionReason"> & { exceptionReason?: string | null };
export type EndAppointmentInput = z.infer<typeof endAppointmentSchema>;
