"use client";

import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { setCompletionAction, updateAttendanceAction } from "@/app/(app)/training/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { ATTENDANCE_RESULT_MAX } from "@/lib/validation/development/training";
import { FormNotice } from "./form-bits";
import { errorAt } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/ui/form-alert";

export interface AttendeeRow {
  id: string;
  version: number;
  cadreId: string;
  name: string;
  unitName: string;
  post: string;
  birth: string;
  completed: boolean;
  result: string;
}

const RESULTS = ["结业，考核优秀", "结业，考核合格", "结业", "未结业"];

function AttendanceEditor({ row, onSaved }: { row: AttendeeRow; onSaved: () => void }) {
  const [completed, setCompleted] = useState(row.completed);
  const [result, setResult] = useState(row.result);
  const { execute, result: r, isPending } = useAction(updateAttendanceAction, { onSuccess: onSaved });
  const dirty = completed !== row.completed || result !== row.result;
  const resultError = errorAt(r.validationErrors, ["result"]);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="inline-flex items-center gap-1">
        <input
          type="checkbox"
          checked={completed}
          onChange={(e) => setCompleted(e.target.checked)}
          aria-label={`${row.name}结业`}
        />
        结业
      </label>
      <input
        value={result}
        onChange={(e) => setResult(e.target.value)}
        list="attendance-results"
        maxLength={ATTENDANCE_RESULT_MAX}
        aria-label={`${row.name}培训结果`}
        aria-invalid={resultError ? true : undefined}
        className={`w-40 rounded border px-2 py-1 text-sm ${resultError ? "border-red-500" : "border-slate-300"}`}
      />
      <Button
        variant="secondary"
        disabled={!dirty || isPending}
        onClick={() => execute({ id: row.id, version: row.version, completed, result })}
      >
        保存
      </Button>
      {r.serverError || resultError ? (
        <span role="alert" className="text-xs text-rose-700">
          {r.serverError ?? resultError}
        </span>
      ) : null}
    </div>
  );
}

export function AttendeesTable({
  trainingId,
  rows,
  manage,
  ended,
}: {
  trainingId: string;
  rows: AttendeeRow[];
  manage: boolean;
  ended: boolean;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkResult, setBulkResult] = useState("结业");
  const [notice, setNotice] = useState<string | null>(null);
  const bulk = useAction(setCompletionAction, {
    onSuccess: ({ data }) => {
      setNotice(`已更新${data?.updated ?? 0}人的结业情况`);
      setSelected(new Set());
      router.refresh();
    },
  });
  const bulkResultError = errorAt(bulk.result.validationErrors, ["result"]);
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const allOn = rows.length > 0 && selected.size === rows.length;
  const mark = (completed: boolean) => {
    setNotice(null);
    const items = rows.filter((r) => selected.has(r.id)).map((r) => ({ id: r.id, version: r.version }));
    bulk.execute({ trainingId, items, completed, result: completed ? bulkResult : "" });
  };
  return (
    <div>
      <datalist id="attendance-results">
        {RESULTS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <FormAlert message={bulk.result.serverError ?? errorAt(bulk.result.validationErrors, ["items"])} />
      <FormNotice message={notice} />
      {manage ? (
        <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
          <span>已选 {selected.size} 人</span>
          <input
            value={bulkResult}
            onChange={(e) => setBulkResult(e.target.value)}
            list="attendance-results"
            maxLength={ATTENDANCE_RESULT_MAX}
            aria-label="批量培训结果"
            aria-invalid={bulkResultError ? true : undefined}
            className={`w-40 rounded border px-2 py-1 ${bulkResultError ? "border-red-500" : "border-slate-300"}`}
          />
          {bulkResultError ? (
            <span role="alert" className="text-xs text-rose-700">
              {bulkResultError}
            </span>
          ) : null}
          <Button disabled={!selected.size || bulk.isPending || !ended} onClick={() => mark(true)}>
            标记所选为结业
          </Button>
          <Button variant="secondary" disabled={!selected.size || bulk.isPending} onClick={() => mark(false)}>
            取消所选结业
          </Button>
          {!ended ? <span className="text-xs text-slate-500">培训结束后才能登记结业</span> : null}
        </div>
      ) : null}
      <Table>
        <thead>
          <tr>
            {manage ? (
              <Th>
                <input
                  type="checkbox"
                  aria-label="全选参训人员"
                  checked={allOn}
                  onChange={() => setSelected(allOn ? new Set() : new Set(rows.map((r) => r.id)))}
                />
              </Th>
            ) : null}
            <Th>姓名</Th>
            <Th>单位及职务</Th>
            <Th>出生年月</Th>
            <Th>结业</Th>
            <Th>培训结果</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="attendee-row" data-cadre-id={r.cadreId}>
              {manage ? (
                <Td>
                  <input
                    type="checkbox"
                    aria-label={`选择${r.name}`}
                    checked={selected.has(r.id)}
                    onChange={() => toggle(r.id)}
                  />
                </Td>
              ) : null}
              <Td className="whitespace-nowrap">
                <Link className="text-brand-700 hover:underline" href={`/cadres/${r.cadreId}`}>
                  {r.name}
                </Link>
              </Td>
              <Td>
                {r.unitName}
                {r.post ? ` ${r.post}` : ""}
              </Td>
              <Td className="tabular-nums">{r.birth}</Td>
              <Td>{r.completed ? <Badge tone="ok">✓ 已结业</Badge> : <Badge>未结业</Badge>}</Td>
              <Td>
                {manage ? (
                  <AttendanceEditor key={`${r.id}:${r.version}`} row={r} onSaved={() => router.refresh()} />
                ) : (
                  r.result
                )}
              </Td>
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <Td colSpan={manage ? 6 : 5} className="text-slate-500">
                尚无参训人员。
              </Td>
            </tr>
          ) : null}
        </tbody>
      </Table>
    </div>
  );
}
