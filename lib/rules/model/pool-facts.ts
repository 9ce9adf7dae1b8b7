// A cadre's membership of the pool (入库 … 出库). Entries are closed, never deleted.
import type { CadreFacts } from "./cadre-facts";
import type { PoolTier } from "./enums";

/** The subset of cadre facts the structure rules read; a full CadreFacts also fits. */
export type PoolCadreFacts = Pick<
  CadreFacts,
  "id" | "birthDate" | "gender" | "ethnicity" | "politicalStatus" | "education"
>;

export interface PoolEntryFact {
  id: string;
  cadre: PoolCadreFacts;
  tier: PoolTier;
  /** 领域 such as 党务, 财政金融 (D20-POOL-DOMAINS, SS12-DOMAINS). */
  domain?: string | null;
  enteredOn: Date;
  /** The day the entry left the pool; on that day it no longer counts. */
  closedOn?: Date | null;
}

export interface PoolReviewFact {
  poolEntryId: string;
  reviewedOn: Date;
}
