// What a unit party committee submits: the cadre, the tier, the 民主推荐 result and the
// reasons; a reason for overriding warnings when the checks raised any (checked on the server).
import { z } from "zod";
import { PoolTier } from "@/lib/domain/enums";
import { idField, optionalText, textField, versionField } from "./fields";
import { recommendationShape, refineBallots } from "./recommendation";

const nominationShape = {
  cadreId: z.string({ error: "请选择被推荐干部" }).trim().min(1, "请选择被推荐干部").max(64, "干部编号格式不正确"),
  tier: z.enum(PoolTier, { error: "请选择推荐层级" }),
  domain: optionalText("储备领域", 40),
  ...recommendationShape,
  reasons: textField("推荐理由", 2000, 10),
  overrideReason: optionalText("提示项说明", 1000),
};

export const nominationSubmissionSchema = z.object(nominationShape).superRefine(refineBallots);
export type NominationSubmission = z.infer<typeof nominationSubmissionSchema>;

/** A nomination returned for revision, sent again (the cadre stays the same). */
export const nominationResubmissionSchema = z
  .object({ ...nominationShape, id: idField, version: versionField })
  .superRefine(refineBallots);
export type NominationResubmission = z.infer<typeof nominationResubmissionSchema>;

/** Running the checks before submission needs only who, for what, and the recommendation date. */
export const nominationCheckSchema = z.object({
  cadreId: nominationShape.cadreId,
  tier: nominationShape.tier,
  recommendedOn: z.string().trim().optional(),
});
export type NominationCheckInput = z.infer<typeof nominationCheckSchema>;

export const cadreSearchSchema = z.object({ q: z.string().trim().max(40, "检索词不超过40个字") });
