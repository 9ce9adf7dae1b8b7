"use client";
// 添加调整: 拟任 (a cadre, found by name, into a post — a vacancy or not), 对调 (two posts: their
// holders swap), 免职 (a post's holder leaves it). Posts are found by unit name or title, each
// with who holds it on the plan's date.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { addMoveAction, searchPlanCadresAction, searchPlanPostsAction } from "@/app/(app)/plans/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";
import type { StaffingMoveKind } from "@/lib/domain/enums";
import { staffingMoveKindLabel } from "@/lib/labels";
import type { PostOption } from "@/lib/server/staffing-plans";
import { SearchPicker, type PickerOption } from "./search-picker";

type PostPick = PickerOption & { holders: { id: string; name: string }[] };

const toPost = (p: PostOption): PostPick => ({
  id: p.id,
  label: p.label,
  detail: p.holders.length ? `现任：${p.holders.map((h) => h.name).join("、")}` : "空缺",
  holders: p.holders,
});

function usePostSearch(planId: string) {
  const s = useAction(searchPlanPostsAction);
  return {
    search: (q: string) => s.execute({ q, planId }),
    options: s.result.data?.options.map(toPost),
    pending: s.isPending,
    serverError: s.result.serverError,
  };
}

export function MoveForm({ planId, version }: { planId: string; version: number }) {
  const [kind, setKind] = useState<StaffingMoveKind>("PLACE");
  const [cadre, setCadre] = useState<PickerOption | null>(null);
  const [post, setPost] = useState<PostPick | null>(null);
  const [post2, setPost2] = useState<PostPick | null>(null);
  const cadres = useAction(searchPlanCadresAction);
  const posts = usePostSearch(planId);
  const posts2 = usePostSearch(planId);
  const reset = () => {
    setCadre(null);
    setPost(null);
    setPost2(null);
  };
  const save = useSave(addMoveAction, { then: reset });
  const [local, setLocal] = useState<string | null>(null);

  function submit() {
    setLocal(null);
    if (kind === "PLACE")
      return save.execute({ planId, version, kind, cadreId: cadre?.id ?? "", postId: post?.id ?? "" });
    const holder = post?.holders[0];
    if (kind === "EXIT") {
      if (post && !holder) return setLocal("该职位空缺，无人可免");
      return save.execute({ planId, version, kind, cadreId: holder?.id ?? "", postId: post?.id ?? "" });
    }
    const holder2 = post2?.holders[0];
    if ((post && !holder) || (post2 && !holder2)) return setLocal("对调的两个职位都应有任职人员");
    // the holder of the first post takes the second, and the other way round
    save.execute({
      planId,
      version,
      kind,
      cadreId: holder?.id ?? "",
      postId: post2?.id ?? "",
      otherCadreId: holder2?.id ?? "",
      otherPostId: post?.id ?? "",
    });
  }

  const postPicker = (
    id: string,
    label: string,
    value: PostPick | null,
    set: (p: PostPick | null) => void,
    s: typeof posts,
    error?: string,
  ) => (
    <SearchPicker
      id={id}
      label={label}
      placeholder="单位名称或职位名称，如：街道、副主任"
      value={value}
      onChange={(o) => set(o as PostPick | null)}
      search={s.search}
      options={s.options}
      pending={s.pending}
      serverError={s.serverError}
      error={error}
    />
  );

  return (
    <div aria-label="添加调整" role="group" className="max-w-2xl">
      <FormAlert message={save.result.serverError ?? local ?? undefined} />
      <fieldset className="mb-3 flex gap-4 text-sm">
        <legend className="mb-1 text-sm font-medium text-slate-700">调整方式</legend>
        {(Object.keys(staffingMoveKindLabel) as StaffingMoveKind[]).map((k) => (
          <label key={k} className="flex items-center gap-1">
            <input
              type="radio"
              name="kind"
              value={k}
              checked={kind === k}
              onChange={() => {
                setKind(k);
                reset();
              }}
            />
            {staffingMoveKindLabel[k]}
          </label>
        ))}
      </fieldset>
      {kind === "PLACE" ? (
        <SearchPicker
          id="move-cadre"
          label="干部"
          placeholder="姓名或拼音首字母"
          value={cadre}
          onChange={setCadre}
          search={(q) => cadres.execute({ q })}
          options={cadres.result.data?.options.map((o) => ({ id: o.id, label: o.name, detail: o.detail }))}
          pending={cadres.isPending}
          serverError={cadres.result.serverError}
          error={save.err("cadreId")}
        />
      ) : null}
      {postPicker(
        "move-post",
        kind === "PLACE" ? "拟任职位" : kind === "EXIT" ? "免去职位" : "职位一",
        post,
        setPost,
        posts,
        save.err("postId") ?? (kind !== "PLACE" ? save.err("cadreId") : undefined),
      )}
      {kind === "SWAP"
        ? postPicker(
            "move-post2",
            "职位二",
            post2,
            setPost2,
            posts2,
            save.err("otherPostId") ?? save.err("otherCadreId"),
          )
        : null}
      <Button onClick={submit} disabled={save.isPending}>
        {save.isPending ? "正在计算…" : "加入方案"}
      </Button>
    </div>
  );
}
