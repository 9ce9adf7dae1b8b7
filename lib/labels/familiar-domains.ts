// 熟悉领域: the default list of fields a young cadre is reserved for (分领域储备). It covers the
// domains the shipped policy documents name (district-2020 §三(一)4: 党务、财政金融、经济招商、
// 城市建设管理; shushan-2012 §三(四): 经济管理、社会管理、党务、金融、城建、法律), each once: 金融
// and 城建 are read as 财政金融 and 城市建设管理 (lib/rules/pool/domain-readings.ts), so staff
// never choose between near-duplicates. Organization administrators edit the list in settings
// (FamiliarDomain); until the first edit, this is it.
export const DEFAULT_FAMILIAR_DOMAINS = [
  "党务",
  "财政金融",
  "经济招商",
  "城市建设管理",
  "经济管理",
  "社会管理",
  "法律",
] as const;
