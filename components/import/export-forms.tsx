// The export side of 导入导出: the pool's 名册 by tier (Excel or a printable table) and the
// 任免审批表 of a unit's serving cadres (LRMX .zip or PDF), each with its reference date.
// Plain GET forms: the browser downloads the answer; every download is audited on the server.
import { buttonClass } from "@/components/ui/button";

const select = "rounded border border-slate-300 px-2 py-1";

export function ExportForms({
  units,
  tiers,
  today,
  canPool,
  canForms,
  canPrint,
}: {
  units: Array<{ id: string; name: string }>;
  /** the active profile's tiers (and any other still holding members), named */
  tiers: Array<{ value: string; label: string }>;
  today: string;
  canPool: boolean;
  canForms: boolean;
  canPrint: boolean;
}) {
  return (
    <div className="space-y-4 text-sm">
      {canPool ? (
        <form action="/pool/export" method="get" className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1">
            干部库层级
            <select name="tier" className={select} defaultValue="">
              <option value="">全部（每个层级一个工作表）</option>
              {tiers.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            统计日期
            <input type="date" name="asOf" defaultValue={today} className={select} />
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            导出干部库名册（Excel）
          </button>
          <button type="submit" formAction="/pool/print" className={buttonClass("secondary")}>
            打印干部库名册
          </button>
        </form>
      ) : null}
      {canForms || canPrint ? (
        <form action="/cadres/export/lrmx" method="get" className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1">
            单位（在职干部）
            <select name="unitId" className={select} required defaultValue="">
              <option value="" disabled>
                请选择单位
              </option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            计算年龄时间（表中已填的以表中为准）
            <input type="date" name="asOf" defaultValue={today} className={select} />
          </label>
          {canForms ? (
            <button type="submit" className={buttonClass("secondary")}>
              导出任免审批表（LRMX）
            </button>
          ) : null}
          {canPrint ? (
            <button type="submit" formAction="/cadres/print-pdf" className={buttonClass("secondary")}>
              下载任免审批表（PDF）
            </button>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
