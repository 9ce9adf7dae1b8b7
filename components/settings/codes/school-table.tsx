"use client";
// The 院校代码表: a searchable list (name, variants, flags), and for the administrator who keeps
// the code tables an editor for one row (or a new one) and 停用/启用 — rows are archived, never
// deleted. Saving says how many education records and cadres were recomputed.
import { useState } from "react";
import { archiveSchoolAction } from "@/app/(app)/settings/codes/actions";
import { Badge } from "@/components/ui/badge";
import { Button, HydratedButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { Table, Td, Th } from "@/components/ui/table";
import { useSave } from "@/components/forms/use-save";
import { SchoolForm, type SchoolRowView } from "./school-form";

const flagText = (r: SchoolRowView) =>
  [r.is985 && "985", r.is211 && "211", r.isDoubleFirstClass && "双一流"].filter(Boolean).join("、");

export function SchoolTable({ rows, manage }: { rows: SchoolRowView[]; manage: boolean }) {
  const [query, setQuery] = useState("");
  const [editing, setEditing] = useState<SchoolRowView | "new" | null>(null);
  const archive = useSave(archiveSchoolAction);
  const q = query.trim();
  const shown = q ? rows.filter((r) => [r.name, ...r.aliases].some((n) => n.includes(q))) : rows;
  return (
    <div className="space-y-4">
      {manage && editing ? (
        <Card title={editing === "new" ? "新增院校" : `修改：${editing.name}`}>
          <SchoolForm
            key={editing === "new" ? "new" : editing.name}
            row={editing === "new" ? null : editing}
            onDone={() => setEditing(null)}
          />
        </Card>
      ) : null}
      <div className="flex items-end gap-3">
        <label className="text-sm">
          查找院校
          <input
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="名称或别名"
            className="ml-2 rounded-md border border-slate-300 px-2 py-1"
          />
        </label>
        {manage ? (
          <Button type="button" variant="secondary" onClick={() => setEditing("new")}>
            新增院校
          </Button>
        ) : null}
      </div>
      <FormAlert result={archive.result} />
      <Table data-testid="school-table">
        <thead>
          <tr>
            <Th>名称</Th>
            <Th>别名（简称、曾用名、校区）</Th>
            <Th>类别</Th>
            <Th>状态</Th>
            {manage ? <Th>操作</Th> : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.name} data-testid="school-row" className={r.archived ? "text-slate-400" : ""}>
              <Td>{r.name}</Td>
              <Td className="text-xs">{r.aliases.join("、")}</Td>
              <Td>{flagText(r) || "—"}</Td>
              <Td>{r.archived ? <Badge>已停用</Badge> : "使用中"}</Td>
              {manage ? (
                <Td className="space-x-3 whitespace-nowrap">
                  <HydratedButton
                    type="button"
                    className="text-xs text-brand-700 hover:underline"
                    onClick={() => setEditing(r)}
                  >
                    修改
                  </HydratedButton>
                  <HydratedButton
                    type="button"
                    className="text-xs text-brand-700 hover:underline"
                    disabled={archive.isPending}
                    onClick={() => archive.execute({ name: r.name, archived: !r.archived, version: r.version })}
                  >
                    {r.archived ? "启用" : "停用"}
                  </HydratedButton>
                </Td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
