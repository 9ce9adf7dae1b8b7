// The dry-run report: counts, then the rows with errors (row, column, value, message), the
// updates with their field-by-field diff, and the new records. Long lists are cut to the
// first rows; the counts always cover everything.
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { DuplicateChoice, ImportReport, SourceRef } from "@/lib/import/report";
import { DuplicateChoices, type Choices } from "./duplicate-choices";

const SHOWN = 300;

function where(r: SourceRef): string {
  return r.file ?? (r.row !== undefined ? `第 ${r.row} 行` : "");
}

function More({ total }: { total: number }) {
  return total > SHOWN ? (
    <p className="mt-1 text-xs text-slate-500">
      仅显示前 {SHOWN} 条，共 {total.toLocaleString("zh-CN")} 条。
    </p>
  ) : null;
}

export function ImportReportView({
  report,
  choices = {},
  onChoose = () => {},
}: {
  report: ImportReport;
  choices?: Choices;
  onChoose?: (key: string, choice: DuplicateChoice) => void;
}) {
  const refHeader = report.kind === "roster" ? "行" : "文件";
  // values that could not be read are said for every record, not only for new ones
  const warned = [...report.updates, ...report.unchanged].filter((r) => r.warnings?.length);
  return (
    <div data-testid="import-report" className="space-y-4">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span>
          共读取 {report.total.toLocaleString("zh-CN")} {report.kind === "roster" ? "行" : "个文件"}：
        </span>
        <Badge tone="ok" data-testid="count-create">
          新建 {report.creates.length}
        </Badge>
        <Badge tone="info" data-testid="count-update">
          更新 {report.updates.length}
        </Badge>
        <Badge tone="neutral" data-testid="count-unchanged">
          无变化 {report.unchanged.length}
        </Badge>
        <Badge tone={report.errors.length ? "bad" : "neutral"} data-testid="count-error">
          错误 {report.errors.length}
        </Badge>
      </p>
      {report.notices.map((n) => (
        <p key={n} className="text-xs text-amber-700">
          {n}
        </p>
      ))}

      {report.errors.length ? (
        <section>
          <h3 className="mb-1 text-sm font-semibold text-rose-800">
            有错误的{report.kind === "roster" ? "行" : "文件"}（修改后重新预检；有错误时不能导入）
          </h3>
          <Table>
            <thead>
              <tr>
                <Th>{refHeader}</Th>
                <Th>{report.kind === "roster" ? "列" : "项目"}</Th>
                <Th>填写的值</Th>
                <Th>问题</Th>
              </tr>
            </thead>
            <tbody>
              {report.errors.slice(0, SHOWN).map((e, i) => (
                <tr key={i} data-testid="import-error">
                  <Td>{where(e)}</Td>
                  <Td>{e.column}</Td>
                  <Td className="break-all">{e.value}</Td>
                  <Td className="text-rose-700">{e.message}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <More total={report.errors.length} />
        </section>
      ) : null}

      <DuplicateChoices creates={report.creates} choices={choices} onChoose={onChoose} />

      {warned.length ? (
        <section>
          <h3 className="mb-1 text-sm font-semibold text-amber-800">更新及无变化的{refHeader}中的提示</h3>
          <Table>
            <tbody>
              {warned.slice(0, SHOWN).map((r, i) => (
                <tr key={i} data-testid="import-warning">
                  <Td>{where(r)}</Td>
                  <Td>{r.name}</Td>
                  <Td className="text-xs text-amber-700">{r.warnings!.join("；")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ) : null}

      {report.updates.length ? (
        <section>
          <h3 className="mb-1 text-sm font-semibold text-slate-800">将更新的干部（逐项对比）</h3>
          <Table>
            <thead>
              <tr>
                <Th>{refHeader}</Th>
                <Th>姓名</Th>
                <Th>身份证号</Th>
                <Th>项目</Th>
                <Th>原值</Th>
                <Th>新值</Th>
              </tr>
            </thead>
            <tbody>
              {report.updates.slice(0, SHOWN).flatMap((u) =>
                u.changes.map((c, i) => (
                  <tr key={`${u.cadreId}-${i}`} data-testid="import-change">
                    {i === 0 ? <Td rowSpan={u.changes.length}>{where(u)}</Td> : null}
                    {i === 0 ? <Td rowSpan={u.changes.length}>{u.name}</Td> : null}
                    {i === 0 ? (
                      <Td rowSpan={u.changes.length} className="tabular-nums">
                        {u.idMasked}
                      </Td>
                    ) : null}
                    <Td>{c.label}</Td>
                    <Td className="text-slate-500 line-through">{c.from}</Td>
                    <Td className="font-medium">{c.to}</Td>
                  </tr>
                )),
              )}
            </tbody>
          </Table>
          <More total={report.updates.length} />
        </section>
      ) : null}

      {report.creates.length ? (
        <section>
          <h3 className="mb-1 text-sm font-semibold text-slate-800">将新建的干部</h3>
          <Table>
            <thead>
              <tr>
                <Th>{refHeader}</Th>
                <Th>姓名</Th>
                <Th>身份证号</Th>
                <Th>单位</Th>
                <Th>提示</Th>
              </tr>
            </thead>
            <tbody>
              {report.creates.slice(0, SHOWN).map((c, i) => (
                <tr key={i} data-testid="import-create">
                  <Td>{where(c)}</Td>
                  <Td>{c.name}</Td>
                  <Td className="tabular-nums">{c.idMasked}</Td>
                  <Td>{c.unitName}</Td>
                  <Td className="text-xs text-amber-700">{c.warnings?.join("；")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <More total={report.creates.length} />
        </section>
      ) : null}
    </div>
  );
}
