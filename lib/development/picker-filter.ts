// The cadre picker's filters (from the URL) and page sizes, shared by the server-side picker query
// and the filter form.
import type { PoolTier, Rank } from "@/lib/domain/enums";

export const PICKER_PAGE_SIZES = [20, 50, 100, 200] as const;

export interface PickerFilter {
  unitId?: string;
  /** "POOL": any open pool entry; a tier: an open entry of that tier */
  pool?: PoolTier | "POOL";
  /** name fragment, full pinyin or initials (张, zhangsan, zs for 张三) */
  q?: string;
  rank?: Rank;
  sort?: "name" | "need";
  page?: number;
  pageSize?: number;
}
