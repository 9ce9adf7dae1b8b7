// At province scale the seed repeats the district: a province's organization department keeps
// about 500,000 cadres in 10,000 units, so a seed of N cadres gets one district of the 85 units
// of 青禾区 per ~4,250 cadres (100,000 → 24 districts, 2,040 units; 500,000 → 118, 10,030).
// The first district is 青禾区 itself, unchanged, so the demo (3,000) and the browser tests'
// district (600) are exactly what they were; the others are copies under other names and codes.
import { ALL_UNITS, PARENT_CODES, type UnitSpec } from "./unit-data";

/** Cadres per district: 青禾区's 85 units hold ~50 cadres each at province scale. */
export const CADRES_PER_DISTRICT = 4250;

const FIRST = ["松", "柳", "枫", "桐", "梅", "竹", "兰", "桂", "榆", "杉", "槐", "柏"];
const SECOND = ["山", "川", "原", "湖", "溪", "林", "岭", "江", "阳", "宁"];

/** Name stem of district k ≥ 1 ("松山"), all different for k < 120, then numbered. */
function stem(k: number): string {
  const i = k - 1;
  const base = FIRST[i % FIRST.length] + SECOND[Math.floor(i / FIRST.length) % SECOND.length];
  const round = Math.floor(i / (FIRST.length * SECOND.length));
  return round === 0 ? base : `${base}${round + 1}`;
}

export function districtCount(cadres: number): number {
  return Math.max(1, Math.round(cadres / CADRES_PER_DISTRICT));
}

/** The unit specs of a seed of `cadres`: 青禾区, then its copies. */
export function provinceUnits(cadres: number): UnitSpec[] {
  const out = [...ALL_UNITS];
  for (let k = 1; k < districtCount(cadres); k++) {
    const s = stem(k);
    const prefix = `P${String(k).padStart(3, "0")}-`;
    for (const spec of ALL_UNITS) {
      const parent = spec.parentCode ?? PARENT_CODES[spec.code];
      out.push({
        ...spec,
        code: prefix + spec.code,
        name: spec.name.replaceAll("青禾", s),
        shortName: spec.shortName.startsWith("区") ? s + spec.shortName : `${s}区${spec.shortName}`,
        parentCode: parent ? prefix + parent : undefined,
      });
    }
  }
  return out;
}
