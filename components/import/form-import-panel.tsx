"use client";
// 任免审批表 import: the files, and the unit new cadres join when their 现任职务 does not name a
// unit the system knows (a unit party committee's cadres always join its own unit).
import { useState } from "react";
import { ImportPanel } from "./import-panel";

export function FormImportPanel({
  units,
  fixedUnit,
}: {
  units: Array<{ id: string; name: string }>;
  fixedUnit: string | null;
}) {
  const [unitId, setUnitId] = useState("");
  return (
    <div>
      <div className="mb-3 text-sm">
        {fixedUnit ? (
          <p className="text-slate-600">新建的干部将登记在本单位（{fixedUnit}）。</p>
        ) : (
          <label className="flex flex-wrap items-center gap-2">
            <span>新建干部所在单位（现任职务中找不到单位名称时使用）</span>
            <select
              value={unitId}
              onChange={(e) => setUnitId(e.target.value)}
              className="rounded border border-slate-300 px-2 py-1"
              aria-label="新建干部所在单位"
            >
              <option value="">（按现任职务识别）</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <ImportPanel
        endpoint="/import/forms"
        accept=".lrmx,.lrm,.pic,.zip"
        multiple
        label="选择任免审批表文件（.lrmx、.lrm 和 .pic，或 .zip）"
        testId="form-import"
        fields={{ unitId }}
        allowPartial
      />
    </div>
  );
}
