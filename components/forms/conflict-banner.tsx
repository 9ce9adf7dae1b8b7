"use client";
// Shown when a save was refused because someone else saved first: their change, field by
// field, and the two honest ways on — overwrite with what I typed, or load theirs.
import { HydratedButton } from "@/components/ui/button";
import type { ConflictInfo } from "@/lib/cadres/conflict";

export function ConflictBanner({
  conflict,
  onOverwrite,
  onReload,
}: {
  conflict: ConflictInfo;
  onOverwrite?: () => void;
  onReload: () => void;
}) {
  return (
    <div
      role="alert"
      className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
      data-testid="conflict"
    >
      <p className="font-medium">{conflict.message}</p>
      {conflict.changes.length ? (
        <ul className="mt-2 list-disc pl-5">
          {conflict.changes.map((c) => (
            <li key={c.field}>
              {c.label}：由“{c.from}”改为“{c.to}”
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3 flex gap-2">
        {onOverwrite ? (
          <HydratedButton
            type="button"
            onClick={onOverwrite}
            className="rounded-md bg-amber-600 px-3 py-1 text-white hover:bg-amber-700"
          >
            以我填写的内容覆盖保存
          </HydratedButton>
        ) : null}
        <HydratedButton
          type="button"
          onClick={onReload}
          className="rounded-md border border-amber-400 bg-white px-3 py-1 hover:bg-amber-100"
        >
          放弃我的修改，载入最新内容
        </HydratedButton>
      </div>
    </div>
  );
}
