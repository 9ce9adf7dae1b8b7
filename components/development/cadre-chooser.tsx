"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { searchCadresAction } from "@/app/(app)/training/actions";
import { Button, HydratedButton } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

export interface ChosenCadre {
  id: string;
  name: string;
  unitName: string;
  post: string;
  birth: string;
}

/** Choose one cadre by name or pinyin initials (scoped search on the server, 20 matches). */
export function CadreChooser({
  id,
  label,
  value,
  onChange,
  poolOnly = false,
  error,
}: {
  id: string;
  label: string;
  value: ChosenCadre | null;
  onChange: (c: ChosenCadre | null) => void;
  poolOnly?: boolean;
  error?: string;
}) {
  const [q, setQ] = useState("");
  const search = useAction(searchCadresAction);
  const matches = search.result.data ?? [];
  const run = () => q.trim() && search.execute({ q, poolOnly });
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      {value ? (
        <div className="flex items-center gap-3 text-sm" data-testid={`${id}-chosen`}>
          <span className="font-medium">{value.name}</span>
          <span className="text-slate-600">
            {value.unitName} {value.post}｜{value.birth}
          </span>
          <Button variant="ghost" onClick={() => onChange(null)}>
            更换
          </Button>
        </div>
      ) : (
        <div>
          <div className="flex gap-2">
            <input
              id={id}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  run();
                }
              }}
              placeholder="姓名或拼音首字母，如：张 或 zs"
              aria-invalid={error ? true : undefined}
              className={`w-64 rounded-md border px-3 py-2 text-sm ${error ? "border-red-500" : "border-slate-300"}`}
            />
            <Button variant="secondary" onClick={run} disabled={search.isPending}>
              查找
            </Button>
          </div>
          <FormAlert message={search.result.serverError} />
          {search.hasSucceeded ? (
            <ul
              className="mt-2 max-h-64 overflow-y-auto rounded-md border border-slate-200 text-sm"
              aria-label={`${label}查找结果`}
            >
              {matches.map((m) => (
                <li key={m.id}>
                  <HydratedButton
                    type="button"
                    className="w-full px-3 py-1.5 text-left hover:bg-brand-50"
                    onClick={() => onChange(m)}
                  >
                    {m.name}
                    <span className="ml-2 text-slate-500">
                      {m.unitName} {m.post}｜{m.birth}
                      {m.inPool ? "｜在库" : ""}
                    </span>
                  </HydratedButton>
                </li>
              ))}
              {matches.length === 0 ? <li className="px-3 py-1.5 text-slate-500">没有找到符合条件的干部</li> : null}
            </ul>
          ) : null}
        </div>
      )}
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
