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
  /**
   * The yearly reviews' readiness (近期可提拔 / 中长期培养), for DP-POOL-READY: the latest review
   * on or before asOf decides. Absent: not loaded, and the readiness row is left out.
   */
  readiness?: readonly ReadinessFact[];
}

/** 近期可提拔 / 中长期培养, as recorded at a yearly review (PoolReview.readiness). */
export type Readiness = "NEAR_TERM" | "LONG_TERM";

export interface ReadinessFact {
  reviewedOn: Date;
  readiness: Readiness | null;
}

export interface PoolReviewFact {
  poolEntryId: string;
  reviewedOn: Date;
  /** 近期可提拔 / 中长期培养 when the review recorded one (read by the dashboard's SQL loader) */
  readiness?: Readiness | null;
}
