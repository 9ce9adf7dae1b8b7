"use client";
// A plan's own controls: rename, share with the department's other staff, turn into 动议
// nominations (one per person moved), archive. Each sends the version the page showed.
import { useState } from "react";
import { archivePlanAction, convertPlanAction, renamePlanAction, sharePlanAction } from "@/app/(app)/plans/actions";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";

export function PlanControls(props: {
  id: string;
  version: number;
  name: string;
  shared: boolean;
  mine: boolean;
  draft: boolean;
  people: number;
}) {
  const { id, version } = props;
  const rename = useSave(renamePlanAction, { notice: "方案名称已保存" });
  const share = useSave(sharePlanAction);
  const archive = useSave(archivePlanAction, { goTo: "/plans", notice: "方案已归档" });
  const convert = useSave(convertPlanAction, {
    notice: (d) => `已转为${d.nominationIds.length}条动议，可在“推荐”中继续办理`,
  });
  const [confirm, setConfirm] = useState<"convert" | "archive" | null>(null);
  const error =
    rename.result.serverError ?? share.result.serverError ?? archive.result.serverError ?? convert.result.serverError;
  return (
    <div className="no-print mb-4 space-y-3">
      <FormAlert message={error} />
      {props.draft ? (
        <ClientForm
          aria-label="方案名称"
          noValidate
          className="flex flex-wrap items-start gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            rename.execute({ id, version, name: String(new FormData(e.currentTarget).get("planName") ?? "") });
          }}
        >
          <div className="w-72">
            <Field id="planName" label="方案名称" defaultValue={props.name} maxLength={60} error={rename.err("name")} />
          </div>
          <div className="flex flex-wrap gap-2 pt-6">
            <Button type="submit" variant="secondary" disabled={rename.isPending}>
              保存名称
            </Button>
            {props.mine ? (
              <Button
                variant="secondary"
                disabled={share.isPending}
                onClick={() => share.execute({ id, version, shared: !props.shared })}
              >
                {props.shared ? "取消共享" : "共享给组织部其他同志"}
              </Button>
            ) : null}
            <Button disabled={convert.isPending || props.people === 0} onClick={() => setConfirm("convert")}>
              转为动议
            </Button>
            {props.mine ? (
              <Button variant="ghost" onClick={() => setConfirm("archive")}>
                归档
              </Button>
            ) : null}
          </div>
        </ClientForm>
      ) : props.mine ? (
        <Button variant="ghost" onClick={() => setConfirm("archive")}>
          归档
        </Button>
      ) : null}
      <ConfirmDialog
        open={confirm !== null}
        title={confirm === "convert" ? "转为动议" : "归档方案"}
        confirmLabel={confirm === "convert" ? "确认转为动议" : "确认归档"}
        pending={convert.isPending || archive.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          if (confirm === "convert") convert.execute({ id, version });
          else archive.execute({ id, version });
          setConfirm(null);
        }}
      >
        {confirm === "convert"
          ? `将按方案为${props.people}名干部各建立一条“动议”推荐，方案随即锁定，不能再修改。`
          : "归档后方案不再出现在列表中（可在“含已归档”中查看），不能再修改。"}
      </ConfirmDialog>
    </div>
  );
}
