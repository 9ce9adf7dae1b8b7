"use client";
// The export button of files that can carry 身份证号 (roster Excel, LRMX): a small dialog with
// 「身份证号：脱敏（默认）/ 完整号码」. Masked downloads at once. 完整号码 asks for the purpose and
// the current 动态口令: the step-up action runs first (the session is marked for 5 minutes),
// then the file is fetched with the purpose in the query — the server checks the step-up again.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { stepUpAction } from "@/app/(app)/account/step-up/actions";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { Button, HydratedButton } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { fullIdExportSchema, type IdNumberMode } from "@/lib/validation/export-purpose";
import { downloadExport } from "./download";

function withFull(href: string, purpose: string): string {
  const q = new URLSearchParams({ idNumbers: "full", purpose });
  return `${href}${href.includes("?") ? "&" : "?"}${q}`;
}

export function IdNumberExportDialog({
  href,
  label,
  testId,
  fullAllowed,
}: {
  href: string;
  label: string;
  testId: string;
  /** the role and clearance allow full numbers at all (else only 脱敏 is offered) */
  fullAllowed: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<IdNumberMode>("masked");
  const [purpose, setPurpose] = useState("");
  const [code, setCode] = useState("");
  const [local, setLocal] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const step = useAction(stepUpAction);
  const serverErr = fieldErrorsOf(step.result.validationErrors);
  const err = (f: string) => local[f] ?? serverErr(f);

  const fetchFile = async (url: string) => {
    setBusy(true);
    const failed = await downloadExport(url);
    setBusy(false);
    setMessage(failed);
    if (!failed) {
      setOpen(false);
      setCode("");
    }
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    if (mode === "masked") return fetchFile(href);
    const parsed = fullIdExportSchema.safeParse({ purpose, code });
    if (!parsed.success) {
      setLocal(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setLocal({});
    const r = await step.executeAsync({ code: parsed.data.code });
    if (!r?.data?.ok) return;
    await fetchFile(withFull(href, parsed.data.purpose));
  };

  return (
    <span className="no-print relative inline-block">
      <HydratedButton className={buttonClass("secondary")} onClick={() => setOpen(!open)} data-testid={testId}>
        {label}
      </HydratedButton>
      {open ? (
        <form
          role="dialog"
          aria-label={label}
          onSubmit={submit}
          className="absolute right-0 z-30 mt-2 w-80 rounded-md border border-slate-300 bg-white p-4 text-left text-sm shadow-lg"
          data-testid={`${testId}-dialog`}
        >
          <fieldset className="mb-3">
            <legend className="mb-1 font-medium text-slate-700">身份证号</legend>
            <label className="mr-4 inline-flex items-center gap-1">
              <input type="radio" name="idNumbers" checked={mode === "masked"} onChange={() => setMode("masked")} />
              脱敏（默认）
            </label>
            <label className="inline-flex items-center gap-1">
              <input
                type="radio"
                name="idNumbers"
                checked={mode === "full"}
                disabled={!fullAllowed}
                onChange={() => setMode("full")}
              />
              完整号码
            </label>
            {!fullAllowed ? <p className="mt-1 text-xs text-slate-500">您的角色或密级授权不能导出完整号码。</p> : null}
          </fieldset>
          {mode === "full" ? (
            <>
              <Field
                id={`${testId}-purpose`}
                label="用途"
                value={purpose}
                maxLength={100}
                placeholder="例如：干部调配上报、组织审批"
                error={err("purpose")}
                onChange={(e) => setPurpose(e.target.value)}
              />
              <Field
                id={`${testId}-code`}
                label="动态口令"
                value={code}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                hint="验证后 5 分钟内有效；导出记入审计日志（用途、人数）"
                error={err("code")}
                onChange={(e) => setCode(e.target.value)}
              />
            </>
          ) : null}
          <FormAlert message={message} result={step.result} />
          <p className="mb-3 text-xs text-slate-500">文件将标注导出人和导出时间。</p>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              取消
            </Button>
            <Button type="submit" disabled={busy || step.isPending}>
              {busy || step.isPending ? "正在导出…" : "下载"}
            </Button>
          </div>
        </form>
      ) : null}
    </span>
  );
}
