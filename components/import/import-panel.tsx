"use client";
// Upload → dry run → report → confirm. Nothing is written until 确认导入; the same files go
// with the confirm together with the digest of the report the user saw, and the server
// writes only that plan, all rows or none.
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ImportEvent, ImportReport, ImportResult } from "@/lib/import/report";
import { uploadSizeProblem } from "@/lib/import/upload-limits";
import { ImportProgress } from "./import-progress";
import { ImportReportView } from "./import-report";
import { flaggedRows, type Choices } from "./duplicate-choices";
import { sourceKey } from "@/lib/import/report";
import { postImport } from "./post-import";

type Progress = Extract<ImportEvent, { type: "progress" }>;
type State =
  | { step: "idle" }
  | { step: "busy"; progress: Progress | null; report?: ImportReport }
  | { step: "checked"; report: ImportReport }
  | { step: "done"; result: ImportResult; report: ImportReport }
  | { step: "failed"; message: string; report?: ImportReport };

export interface ImportPanelProps {
  endpoint: string;
  accept: string;
  multiple?: boolean;
  label: string;
  testId: string;
  /** extra form fields sent with the files (e.g. the unit for new cadres) */
  fields?: Record<string, string>;
  /** files stand alone: confirming writes the good ones and leaves out those with errors */
  allowPartial?: boolean;
}

export function ImportPanel({
  endpoint,
  accept,
  multiple = false,
  label,
  testId,
  fields = {},
  allowPartial = false,
}: ImportPanelProps) {
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [state, setState] = useState<State>({ step: "idle" });
  const [choices, setChoices] = useState<Choices>({});
  const busy = state.step === "busy";
  // said beside the field before anything is uploaded; the server refuses the same (413)
  const tooLarge = uploadSizeProblem(files);

  async function run(mode: "check" | "commit", report?: ImportReport) {
    setState({ step: "busy", progress: null, report });
    if (mode === "check") setChoices({});
    const sent = {
      ...fields,
      mode,
      digest: report?.digest ?? "",
      choices: mode === "commit" ? JSON.stringify(choices) : "",
    };
    const answer = await postImport(endpoint, files, sent, (p) => setState({ step: "busy", progress: p, report }));
    if (answer.type === "report") setState({ step: "checked", report: answer.report });
    else if (answer.type === "done" && report) setState({ step: "done", result: answer.result, report });
    else setState({ step: "failed", message: answer.type === "error" ? answer.message : "导入未完成", report });
  }

  const report = state.step === "idle" ? undefined : state.report;
  const canCommit =
    state.step === "checked" &&
    (allowPartial || state.report.errors.length === 0) &&
    state.report.creates.length + state.report.updates.length > 0 &&
    flaggedRows(state.report.creates).every((c) => choices[sourceKey(c)]);
  return (
    <div data-testid={testId}>
      <div className="flex flex-wrap items-center gap-3">
        <label className="text-sm">
          <span className="sr-only">{label}</span>
          <input
            ref={input}
            type="file"
            accept={accept}
            multiple={multiple}
            aria-label={label}
            aria-invalid={tooLarge ? true : undefined}
            aria-describedby={tooLarge ? `${testId}-size` : undefined}
            disabled={busy}
            className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
            onChange={(e) => {
              setFiles([...(e.target.files ?? [])]);
              setState({ step: "idle" });
            }}
          />
        </label>
        <Button variant="secondary" disabled={!files.length || busy || !!tooLarge} onClick={() => run("check")}>
          预检
        </Button>
        <Button disabled={!canCommit || busy} onClick={() => state.step === "checked" && run("commit", state.report)}>
          确认导入
        </Button>
      </div>
      {tooLarge ? (
        <p id={`${testId}-size`} role="alert" className="mt-2 text-sm text-red-600" data-testid="import-size-error">
          {tooLarge}
        </p>
      ) : null}
      {state.step === "busy" ? (
        <ImportProgress
          phase={state.progress?.phase ?? "上传"}
          done={state.progress?.done ?? 0}
          total={state.progress?.total ?? 0}
        />
      ) : null}
      {state.step === "failed" ? (
        <p role="alert" className="mt-3 text-sm text-red-600">
          {state.message}
        </p>
      ) : null}
      {state.step === "checked" && allowPartial && canCommit && state.report.errors.length ? (
        <p className="mt-3 text-sm text-amber-700">有错误的文件将跳过，其余文件可以导入。</p>
      ) : null}
      {state.step === "checked" && !canCommit && state.report.errors.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700" data-testid="import-nothing">
          文件中的数据与系统一致，没有需要写入的变更。
        </p>
      ) : null}
      {state.step === "done" ? (
        <p role="status" className="mt-3 text-sm font-medium text-emerald-700" data-testid="import-done">
          导入完成：新建 {state.result.created} 名，更新 {state.result.updated} 名
          {state.result.merged ? `（其中 ${state.result.merged} 名确认为已有干部）` : ""}，无变化{" "}
          {state.result.unchanged} 名{state.result.skipped ? `；有错误的 ${state.result.skipped} 个文件未导入` : ""}。
        </p>
      ) : null}
      {report && state.step !== "done" ? (
        <div className="mt-4">
          <ImportReportView
            report={report}
            choices={choices}
            onChoose={(key, choice) => setChoices((c) => ({ ...c, [key]: choice }))}
          />
        </div>
      ) : null}
    </div>
  );
}
