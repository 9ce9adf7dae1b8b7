"use client";
// The plan's moves in order, each with what it does and, while the plan is a draft, 移除.
import { removeMoveAction } from "@/app/(app)/plans/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { Table, Td, Th } from "@/components/ui/table";
import { useSave } from "@/components/forms/use-save";
import { staffingMoveKindLabel } from "@/lib/labels";
import type { PlanMoveRow } from "@/lib/server/staffing-plans";
import { moveText } from "@/lib/staffing-plans/move-text";

export function MovesList(props: {
  planId: string;
  version: number;
  draft: boolean;
  moves: PlanMoveRow[];
  notes: Record<string, string[]>;
}) {
  const remove = useSave(removeMoveAction);
  if (props.moves.length === 0) return <p className="text-sm text-slate-600">方案中还没有调整。</p>;
  return (
    <>
      <FormAlert message={remove.result.serverError} />
      <Table aria-label="方案调整">
        <thead>
          <tr>
            <Th className="w-12">序号</Th>
            <Th className="w-16">方式</Th>
            <Th>调整内容</Th>
            {props.draft ? <Th className="w-20">操作</Th> : <Th>动议</Th>}
          </tr>
        </thead>
        <tbody>
          {props.moves.map((m, i) => (
            <tr key={m.id} data-testid="plan-move">
              <Td>{i + 1}</Td>
              <Td>{staffingMoveKindLabel[m.kind]}</Td>
              <Td>
                {moveText(m)}
                {(props.notes[m.id] ?? []).map((n) => (
                  <p key={n} className="text-xs text-amber-700">
                    {n}
                  </p>
                ))}
              </Td>
              {props.draft ? (
                <Td>
                  <Button
                    variant="ghost"
                    disabled={remove.isPending}
                    onClick={() => remove.execute({ planId: props.planId, version: props.version, moveId: m.id })}
                  >
                    移除
                  </Button>
                </Td>
              ) : (
                <Td>
                  {m.nominationIds.map((id) => (
                    <a key={id} href={`/nominations/${id}`} className="mr-2 text-brand-700 underline">
                      查看动议
                    </a>
                  ))}
                </Td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
