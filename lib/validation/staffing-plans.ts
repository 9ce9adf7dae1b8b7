// Input of the 模拟调配 (what-if staffing plan) forms and their server actions. Messages are
// Chinese and shown beside the field.
import { z } from "zod";
import { calendarDate } from "./dates";

const id = z.string({ error: "记录编号格式不正确" }).trim().min(1, "缺少记录编号").max(64, "记录编号格式不正确");
const version = z.coerce.number().int().min(1);
const name = z.string().trim().min(1, "请填写方案名称").max(60, "方案名称不能超过60个字");

export const createPlanSchema = z.object({ name, asOf: calendarDate("调配基准日期") });
export const renamePlanSchema = z.object({ id, version, name });
export const sharePlanSchema = z.object({ id, version, shared: z.boolean() });
export const planVersionSchema = z.object({ id, version });

const cadreId = z.string({ error: "请选择干部" }).trim().min(1, "请选择干部").max(64, "干部编号格式不正确");
const postId = z.string({ error: "请选择职位" }).trim().min(1, "请选择职位").max(64, "职位编号格式不正确");

export const addMoveSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ planId: id, version, kind: z.literal("PLACE"), cadreId, postId }),
    z.object({ planId: id, version, kind: z.literal("EXIT"), cadreId, postId }),
    z.object({
      planId: id,
      version,
      kind: z.literal("SWAP"),
      cadreId,
      postId,
      otherCadreId: z
        .string({ error: "请选择对调的另一名干部" })
        .trim()
        .min(1, "请选择对调的另一名干部")
        .max(64, "干部编号格式不正确"),
      otherPostId: z
        .string({ error: "请选择对调的另一职位" })
        .trim()
        .min(1, "请选择对调的另一职位")
        .max(64, "职位编号格式不正确"),
    }),
  ],
  { error: "请选择调整方式" },
);
export type AddMoveInput = z.infer<typeof addMoveSchema>;

export const removeMoveSchema = z.object({ planId: id, version, moveId: id });

export const planSearchSchema = z.object({ q: z.string().trim().max(40, "检索词不能超过40个字") });

export const comparePlansSchema = z.object({ a: id, b: id });

/** ?archived=1 of the plan list (anything else: without the archived plans). */
export const planListParams = z.object({ archived: z.enum(["1"]).optional().catch(undefined) });
