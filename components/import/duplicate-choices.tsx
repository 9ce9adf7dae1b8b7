"use client";
// Rows the dry run flagged as possible duplicates (same name and birth month as a cadre here):
// each needs an explicit answer before 确认导入 — a new person, or one of the cadres named (the
// row then updates that cadre, with the changes shown). Nothing is preselected.
import { Table, Td, Th } from "@/components/ui/table";
import { sourceKey, type DuplicateChoice, type PlannedCreate } from "@/lib/import/report";

export type Choices = Record<string, DuplicateChoice>;

export function flaggedRows(creates: readonly PlannedCreate[]): PlannedCreate[] {
  return creates.filter((c) => c.possibleDuplicates?.length);
}

export function DuplicateChoices({
  creates,
  choices,
  onChoose,
}: {
  creates: readonly PlannedCreate[];
  choices: Choices;
  onChoose: (key: string, choice: DuplicateChoice) => void;
}) {
  const rows = flaggedRows(creates);
  if (!rows.length) return null;
  return (
    <section data-testid="import-duplicates">
      <h3 className="mb-1 text-sm font-semibold text-amber-800">
        可能与已有干部是同一人（{rows.length} 条）：请逐条选择后再确认导入
      </h3>
      <Table>
        <thead>
          <tr>
            <Th>来源</Th>
            <Th>文件中的干部</Th>
            <Th>选择</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const key = sourceKey(c);
            const name = `dup-${key}`;
            return (
              <tr key={key} data-testid="import-duplicate">
                <Td>{c.file ?? `第 ${c.row} 行`}</Td>
                <Td>
                  {c.name} {c.idMasked}
                </Td>
                <Td className="space-y-1">
                  <label className="flex items-center gap-2">
                    <input
                      type="radio"
                      name={name}
                      checked={choices[key] === "new"}
                      onChange={() => onChoose(key, "new")}
                    />
                    新建干部（不是同一人）
                  </label>
                  {c.possibleDuplicates!.map((d) => (
                    <label key={d.cadreId} className="flex items-start gap-2">
                      <input
                        type="radio"
                        name={name}
                        checked={choices[key] === d.cadreId}
                        onChange={() => onChoose(key, d.cadreId)}
                      />
                      <span>
                        与已有干部为同一人：{d.name}，{d.birth}，{d.unitName}，身份证号{d.idMasked}
                        <span className="block text-xs text-slate-600">
                          {d.changes.length
                            ? `将更新：${d.changes.map((x) => `${x.label} ${x.from || "（空）"} → ${x.to || "（空）"}`).join("；")}`
                            : "文件与该干部的记录一致，无需更新"}
                        </span>
                      </span>
                    </label>
                  ))}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </section>
  );
}
