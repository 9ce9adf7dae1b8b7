// The open entries of one tier: who, where, since when, the last review, and the way to the
// entry's page (研判 / 出库).
import Link from "next/link";
import { formatDate } from "@/lib/format/dates";
import { genderLabel, poolReviewConclusionLabel, poolSourceLabel } from "@/lib/labels";
import type { PoolEntryRow } from "@/lib/server/pool/overview";
import { Table, Td, Th } from "@/components/ui/table";

export function EntryTable({
  tier,
  entries,
  canManage,
}: {
  tier: PoolEntryRow["tier"];
  entries: PoolEntryRow[];
  canManage: boolean;
}) {
  return (
    <section
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
      aria-labelledby={`tier-${tier}`}
      data-testid={`tier-${tier}`}
    >
      <header className="border-b border-slate-200 px-4 py-2">
        <h2 id={`tier-${tier}`} className="text-sm font-semibold">
          {entries[0]?.tierName} <span className="font-normal text-slate-500">{entries.length}人</span>
        </h2>
      </header>
      <Table>
        <thead>
          <tr>
            {["姓名", "性别", "年龄", "民族", "单位", "现任职务", "领域", "来源", "入库日期", "最近研判", ""].map(
              (h) => (
                <Th key={h}>{h}</Th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-testid={`entry-${e.id}`}>
              <Td>
                <Link href={`/cadres/${e.cadreId}`} className="text-brand-700 hover:underline">
                  {e.name}
                </Link>
              </Td>
              <Td>{genderLabel[e.gender]}</Td>
              <Td className="tabular-nums">{e.age}</Td>
              <Td>{e.ethnicity}</Td>
              <Td>{e.unit}</Td>
              <Td>{e.post}</Td>
              <Td>{e.domain ?? ""}</Td>
              <Td>{poolSourceLabel[e.source as keyof typeof poolSourceLabel]}</Td>
              <Td className="tabular-nums">{formatDate(e.enteredOn)}</Td>
              <Td>
                {e.lastReview
                  ? `${e.lastReview.year}年${poolReviewConclusionLabel[e.lastReview.conclusion as keyof typeof poolReviewConclusionLabel]}`
                  : "未研判"}
              </Td>
              <Td>
                {canManage ? (
                  <Link href={`/pool/${e.id}`} className="text-brand-700 hover:underline">
                    研判／出库
                  </Link>
                ) : null}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
