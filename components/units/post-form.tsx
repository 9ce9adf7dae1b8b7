"use client";

import { archivePostAction, createPostAction, updatePostAction } from "@/app/(app)/units/actions";
import { Button, ButtonLink } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import type { Rank } from "@/lib/domain/enums";
import { rankLabel } from "@/lib/labels";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

export interface PostFormValues {
  id?: string;
  version?: number;
  unitId: string;
  title: string;
  rank: Rank | "";
  isPrincipal: boolean;
  isPartyGovHead: boolean;
  isLeadership: boolean;
  isKeyPost: boolean;
  sortOrder: number;
}

const RANKS = Object.entries(rankLabel).map(([value, label]) => ({ value, label }));

export function PostForm({ initial }: { initial: PostFormValues }) {
  const back = `/units/${initial.unitId}`;
  const create = useSave(createPostAction, { goTo: back });
  const update = useSave(updatePostAction, { goTo: back });
  const archive = useSave(archivePostAction, { goTo: back });
  const editing = Boolean(initial.id);
  const { result, isPending, err } = editing ? update : create;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const on = (k: string) => f.get(k) === "on";
    const values = {
      title: String(f.get("title") ?? ""),
      rank: String(f.get("rank") ?? "") as Rank,
      isPrincipal: on("isPrincipal"),
      isPartyGovHead: on("isPartyGovHead"),
      isLeadership: on("isLeadership"),
      isKeyPost: on("isKeyPost"),
      sortOrder: Number(f.get("sortOrder") ?? 0),
    };
    if (editing) update.execute({ ...values, id: initial.id!, version: initial.version! });
    else create.execute({ ...values, unitId: initial.unitId });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate className="max-w-xl">
      <FormAlert message={result.serverError ?? archive.result.serverError} />
      <Field
        id="title"
        label="职位名称"
        defaultValue={initial.title}
        error={err("title")}
        hint="如 办事处副主任、财政所所长"
        required
      />
      <SelectField
        id="rank"
        label="职务层次"
        options={RANKS}
        placeholder="请选择"
        defaultValue={initial.rank}
        error={err("rank")}
      />
      <CheckboxField
        id="isLeadership"
        label="领导职位"
        defaultChecked={initial.isLeadership}
        hint="中层、科员等非领导职位不勾选"
      />
      <CheckboxField id="isPrincipal" label="正职" defaultChecked={initial.isPrincipal} hint="不勾选为副职" />
      <CheckboxField
        id="isPartyGovHead"
        label="党政正职"
        defaultChecked={initial.isPartyGovHead}
        hint="书记、主任（乡镇长、局长）"
      />
      <CheckboxField
        id="isKeyPost"
        label="关键岗位"
        defaultChecked={initial.isKeyPost}
        hint="人、财、物、项目申报等（ZZ15-ROT-KEY）"
      />
      <Field
        id="sortOrder"
        label="排序号"
        type="number"
        min={0}
        defaultValue={initial.sortOrder}
        error={err("sortOrder")}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? "正在保存…" : "保存"}
        </Button>
        <ButtonLink href={back}>取消</ButtonLink>
        {editing ? (
          <Button
            variant="danger"
            disabled={archive.isPending}
            onClick={() => {
              if (window.confirm("撤销后该职位不再显示，任职历史保留。确定撤销？"))
                archive.execute({ id: initial.id!, version: initial.version! });
            }}
          >
            撤销职位
          </Button>
        ) : null}
      </div>
    </ClientForm>
  );
}
