"use client";
// Picks one of the unit's own cadres: search by name or pinyin initials (the server applies
// the unit scope), then choose from the matches.
import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useState } from "react";
import { searchNomineesAction } from "@/app/(app)/nominations/actions";
import { Button, HydratedButton } from "@/components/ui/button";
import { genderLabel } from "@/lib/labels";
import type { NomineeOption } from "@/lib/nominations/types";
import { FormAlert } from "@/components/ui/form-alert";

export function CadrePicker({
  value,
  onChange,
  error,
}: {
  value: NomineeOption | null;
  onChange: (c: NomineeOption | null) => void;
  error?: string;
}) {
  const [q, setQ] = useState("");
  const search = useAction(searchNomineesAction);
  const options = search.result.data?.options;

  if (value) {
    return (
      <div className="mb-4">
        <span className="mb-1 block text-sm font-medium text-slate-700">被推荐干部</span>
        <div
          className="flex items-center gap-3 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm"
          data-testid="chosen-cadre"
        >
          <span className="font-medium">{value.name}</span>
          <span className="text-slate-600">
            {genderLabel[value.gender]}，{value.birth}生{value.postTitle ? `，${value.postTitle}` : ""}
          </span>
          <Button variant="ghost" className="ml-auto" onClick={() => onChange(null)}>
            更换
          </Button>
        </div>
        {error ? (
          <p role="alert" className="mt-1 text-xs text-red-600">
            {error}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="mb-4">
      <label htmlFor="cadre-search" className="mb-1 block text-sm font-medium text-slate-700">
        被推荐干部（本单位）
      </label>
      <div className="flex gap-2">
        <input
          id="cadre-search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              search.execute({ q });
            }
          }}
          placeholder="姓名或拼音首字母"
          className={`w-full rounded-md border px-3 py-2 text-sm ${error ? "border-red-500" : "border-slate-300"}`}
        />
        <Button variant="secondary" onClick={() => search.execute({ q })} disabled={search.isPending}>
          检索
        </Button>
      </div>
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-600">
          {error}
        </p>
      ) : null}
      <FormAlert message={search.result.serverError} />
      {options ? (
        options.length ? (
          <ul className="mt-2 max-h-64 overflow-y-auto rounded-md border border-slate-200" aria-label="检索结果">
            {options.map((o) => (
              <li key={o.id}>
                <HydratedButton
                  type="button"
                  onClick={() => onChange(o)}
                  className="flex w-full gap-3 px-3 py-2 text-left text-sm hover:bg-brand-50"
                >
                  <span className="font-medium">{o.name}</span>
                  <span className="text-slate-600">
                    {genderLabel[o.gender]}，{o.birth}生{o.postTitle ? `，${o.postTitle}` : ""}
                    {o.draft ? "（草稿）" : ""}
                  </span>
                </HydratedButton>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-600">本单位没有符合条件的在职干部。</p>
        )
      ) : null}
      <p className="mt-2 text-xs text-slate-500">
        拟推荐人员尚未录入系统？请先
        <Link href="/cadres/new" className="text-brand-700 underline">
          登记干部信息
        </Link>
        （状态可选“草稿”），再回到此处推荐。
      </p>
    </div>
  );
}
