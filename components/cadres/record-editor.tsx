"use client";
// Add or edit one kind of record of a cadre (education, appointments, assessments, family,
// sanctions, personal-matters reports): the list with 编辑 per row and one form, validated by
// the action's zod schema. Records are edited, closed (an end date) or 作废 (archived), never
// deleted.
import { HydratedButton } from "@/components/ui/button";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConflictBanner } from "@/components/forms/conflict-banner";
import { serverFieldErrors, type FieldErrors } from "@/components/forms/field-errors";
import { firstErrors } from "@/components/forms/use-zod-form";
import type { ConflictInfo, SaveResult } from "@/lib/cadres/conflict";
import type { z } from "zod";
import { ClientForm } from "@/components/ui/client-form";
import { SecurityLabel } from "@/components/ui/security-label";
import type { InfoSet } from "@/lib/authz/clearance";

export type FieldSpec =
  | { key: string; label: string; type: "text" | "date" }
  | { key: string; label: string; type: "number" }
  /** filterBy: show only options whose `group` equals that field's value (unit → its posts) */
  | {
      key: string;
      label: string;
      type: "select";
      options: { value: string; label: string; group?: string }[];
      placeholder?: string;
      filterBy?: string;
    }
  | { key: string; label: string; type: "checkbox" }
  /** a row of its own, full width */
  | { key: string; label: string; type: "textarea" };

export interface EditableRecord {
  id: string;
  version: number;
  summary: string;
  values: Record<string, string | number | boolean>;
  /** listed without 编辑/作废, this note in their place (a row kept by another form) */
  readOnly?: string;
}

// Each editor passes its own typed action; inputs are checked by `schema` before the call.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Action = any;
type Values = Record<string, string | number | boolean | undefined>;

const input = "w-full rounded-md border px-2 py-1.5 text-sm";

export function RecordEditor({
  prefix,
  title,
  label,
  cadreId,
  schema,
  action,
  fields,
  records,
  blank,
  archive,
  hint,
}: {
  prefix: string;
  title: string;
  /** the security label of a labelled set (shown to the cleared editor too) */
  label?: InfoSet;
  cadreId: string;
  schema: z.ZodType;
  action: Action;
  fields: FieldSpec[];
  records: EditableRecord[];
  blank: Values;
  /** 作废 per row: the archive action and the record kind it takes */
  archive?: { action: Action; kind: string };
  /** one line under the title (what the rules read from this set) */
  hint?: string;
}) {
  const router = useRouter();
  const [values, setValues] = useState<Values>(blank);
  const [editing, setEditing] = useState<EditableRecord | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const { executeAsync, isPending, result } = useAction(action);
  const archiving = useAction(archive?.action ?? action);

  async function archiveRow(r: EditableRecord) {
    if (!archive || !window.confirm(`确定作废“${r.summary}”？作废后不再显示，也不参与研判，记录保留备查。`)) return;
    const res = (await archiving.executeAsync({
      cadreId,
      kind: archive.kind,
      id: r.id,
      version: r.version,
    } as never)) as { data?: SaveResult } | undefined;
    if (res?.data && !res.data.ok) return setConflict(res.data.conflict);
    if (res?.data?.ok) {
      if (editing?.id === r.id) start(null);
      router.refresh();
    }
  }

  const start = (r: EditableRecord | null) => {
    setEditing(r);
    setValues(r ? { ...blank, ...r.values } : blank);
    setErrors({});
    setConflict(null);
  };

  async function save(version = editing?.version) {
    const payload = { ...values, cadreId, id: editing?.id, version };
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return setErrors(firstErrors(parsed.error.issues));
    const r = (await executeAsync(payload as never)) as { data?: SaveResult; validationErrors?: unknown } | undefined;
    if (r?.validationErrors) return setErrors(serverFieldErrors(r.validationErrors));
    if (!r?.data) return;
    if (!r.data.ok) return setConflict(r.data.conflict);
    start(null);
    router.refresh();
  }

  const set = (k: string, v: string | number | boolean) => {
    setValues((x) => ({ ...x, [k]: v }));
    setErrors((e) => ({ ...e, [k]: undefined }));
  };

  return (
    <section
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
      aria-labelledby={`${prefix}-title`}
      data-testid={`editor-${prefix}`}
    >
      <header className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <h2 id={`${prefix}-title`} className="text-sm font-semibold">
          {title}
          {label ? <SecurityLabel set={label} /> : null}
        </h2>
        {hint ? <p className="ml-3 flex-1 text-xs text-slate-500">{hint}</p> : null}
        {editing ? (
          <HydratedButton type="button" className="text-sm text-brand-700 hover:underline" onClick={() => start(null)}>
            改为新增
          </HydratedButton>
        ) : null}
      </header>
      <ul className="divide-y divide-slate-100 px-4 text-sm">
        {records.length === 0 ? (
          <li className="py-2 text-slate-500">暂无记录</li>
        ) : (
          records.map((r) => (
            <li key={r.id} className="flex items-center justify-between py-1.5">
              <span>{r.summary}</span>
              {r.readOnly ? (
                <span className="text-xs text-slate-500">{r.readOnly}</span>
              ) : (
                <span className="flex gap-3">
                  <HydratedButton type="button" className="text-brand-700 hover:underline" onClick={() => start(r)}>
                    编辑
                  </HydratedButton>
                  {archive ? (
                    <HydratedButton
                      type="button"
                      className="text-slate-500 hover:text-red-700 hover:underline"
                      aria-label={`作废 ${r.summary}`}
                      onClick={() => void archiveRow(r)}
                    >
                      作废
                    </HydratedButton>
                  ) : null}
                </span>
              )}
            </li>
          ))
        )}
      </ul>
      <ClientForm
        noValidate
        className="border-t border-slate-200 p-4"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        aria-label={`${editing ? "编辑" : "新增"}${title}`}
      >
        {conflict ? (
          <ConflictBanner
            conflict={conflict}
            onOverwrite={() => void save(conflict.currentVersion)}
            onReload={() => window.location.reload()}
          />
        ) : null}
        <div className="grid gap-x-4 gap-y-3 md:grid-cols-4">
          {fields.map((fs) => {
            const id = `${prefix}-${fs.key}`;
            const error = errors[fs.key];
            const cls = `${input} ${error ? "border-red-500" : "border-slate-300"}`;
            const v = values[fs.key];
            return (
              <div
                key={fs.key}
                className={fs.type === "checkbox" ? "flex items-end" : fs.type === "textarea" ? "md:col-span-4" : ""}
              >
                {fs.type === "checkbox" ? (
                  <label className="flex items-center gap-1.5 text-sm">
                    <input
                      id={id}
                      type="checkbox"
                      checked={Boolean(v)}
                      onChange={(e) => set(fs.key, e.target.checked)}
                    />
                    {fs.label}
                  </label>
                ) : (
                  <>
                    <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
                      {fs.label}
                    </label>
                    {fs.type === "select" ? (
                      <select
                        id={id}
                        value={String(v ?? "")}
                        onChange={(e) => set(fs.key, e.target.value)}
                        className={cls}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                      >
                        {fs.placeholder !== undefined ? <option value="">{fs.placeholder}</option> : null}
                        {fs.options
                          .filter((o) => !fs.filterBy || o.group === values[fs.filterBy])
                          .map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                      </select>
                    ) : fs.type === "textarea" ? (
                      <textarea
                        id={id}
                        rows={3}
                        value={String(v ?? "")}
                        className={cls}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                        onChange={(e) => set(fs.key, e.target.value)}
                      />
                    ) : (
                      <input
                        id={id}
                        type={fs.type}
                        value={String(v ?? "")}
                        className={cls}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                        onChange={(e) =>
                          set(
                            fs.key,
                            fs.type === "number"
                              ? e.target.value === ""
                                ? ""
                                : Number(e.target.value)
                              : e.target.value,
                          )
                        }
                      />
                    )}
                  </>
                )}
                {error ? (
                  <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-red-600">
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
        {result.serverError || archiving.result.serverError ? (
          <p role="alert" className="mt-2 text-sm text-red-600">
            {String(result.serverError ?? archiving.result.serverError)}
          </p>
        ) : null}
        <HydratedButton
          type="submit"
          disabled={isPending}
          className="mt-3 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {isPending ? "正在保存…" : editing ? "保存修改" : `添加${title}`}
        </HydratedButton>
      </ClientForm>
    </section>
  );
}
