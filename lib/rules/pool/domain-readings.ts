// Two policy documents name the same fields of work in two ways: district-2020 says 财政金融 and
// 城市建设管理, shushan-2012 says 金融 and 城建. The district keeps one list of 熟悉领域 (the
// first names), and a rule that names the other counts the same cadres: a domain rule matches
// every reading of its domain (D20-POOL-DOMAINS, SS12-DOMAINS; docs/policy-rules.md).
const READINGS: readonly (readonly string[])[] = [
  ["财政金融", "金融"],
  ["城市建设管理", "城建"],
];

/** Every name that reads as `domain` (itself first). */
export function domainReadings(domain: string): string[] {
  const group = READINGS.find((g) => g.includes(domain));
  return group ? [domain, ...group.filter((d) => d !== domain)] : [domain];
}

/** Whether a list of domains covers `domain` under any of its readings. */
export function listCoversDomain(list: readonly string[], domain: string): boolean {
  return domainReadings(domain).some((d) => list.includes(d));
}
