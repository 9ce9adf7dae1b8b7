"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addAttendeesAction } from "@/app/(app)/training/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { FormNotice } from "./form-bits";
import { errorAt } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/ui/form-alert";

export interface PickerTableRow {
  id: string;
  name: string;
  unitName: string;
  post: string;
  birth: string;
  rank: string;
  tier: string;
  due: string;
  enrolled: boolean;
}

/** One page of the picker: tick people (or the whole page) and add them in one action. */
export function PickerTable({
  trainingId,
  rows,
  showDue,
}: {
  trainingId: string;
  rows: PickerTableRow[];
  showDue: boolean;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const { execute, result, isPending } = useAction(addAttendeesAction, {
    onSuccess: ({ data }) => {
      const skipped = data?.alreadyEnrolled.length ? `，${data.alreadyEnrolled.length}人已在名单中未重复添加` : "";
      setNotice(`已添加${data?.added ?? 0}名参训人员${skipped}`);
      setSelected(new Set());
      router.refresh();
    },
  });
  const selectable = rows.filter((r) => !r.enrolled);
  const allOn = selectable.length > 0 && selectable.every((r) => selected.has(r.id));
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  return (
    <div>
      <FormAlert message={result.serverError ?? errorAt(result.validationErrors, ["cadreIds"])} />
      <FormNotice message={notice} />
      <div className="mb-3 flex items-center gap-3 text-sm">
        <Button
          disabled={!selected.size || isPending}
          onClick={() => {
            setNotice(null);
            execute({ trainingId, cadreIds: [...selected] });
          }}
        >
          {isPending ? "正在添加…" : `添加所选（${selected.size}人）`}
        </Button>
      </div>
      <Table>
        <thead>
          <tr>
            <Th>
              <input
                type="checkbox"
                aria-label="全选本页"
                checked={allOn}
                onChange={() => setSelected(allOn ? new Set() : new Set(selectable.map((r) => r.id)))}
              />
            </Th>
            <Th>姓名</Th>
            <Th>单位及职务</Th>
            <Th>出生年月</Th>
            <Th>职务层次</Th>
            <Th>在库</Th>
            {showDue ? <Th>政治训练应于</Th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="picker-row" data-cadre-id={r.id}>
              <Td>
                {r.enrolled ? (
                  <Badge>已在名单</Badge>
                ) : (
                  <input
                    type="checkbox"
                    aria-label={`选择${r.name}`}
                    checked={selected.has(r.id)}
                    onChange={() => toggle(r.id)}
                  />
                )}
              </Td>
              <Td className="whitespace-nowrap">{r.name}</Td>
              <Td>
                {r.unitName}
                {r.post ? ` ${r.post}` : ""}
              </Td>
              <Td className="tabular-nums">{r.birth}</Td>
              <Td>{r.rank}</Td>
              <Td>{r.tier}</Td>
              {showDue ? <Td className="tabular-nums">{r.due}</Td> : null}
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <Td colSpan={7} className="text-slate-500">
                没有符合条件的干部。
              </Td>
            </tr>
          ) : null}
        </tbody>
      </Table>
    </div>
  );
}
