import { buttonClass } from "@/components/ui/button";
import { namedAuditActions } from "@/lib/audit/readable/action-label";
import { auditObjectTypeLabel } from "@/lib/audit/readable/object-type-label";
import type { AuditSearch } from "@/lib/validation/audit-search";

const input = "w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

function Select(props: { name: keyof AuditSearch; label: string; value?: string; options: [string, string][] }) {
  return (
    <label className="text-xs text-slate-600">
      {props.label}
      <select name={props.name} defaultValue={props.value ?? ""} className={input}>
        <option value="">全部</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

// A plain GET form: the filters live in the URL, so a search can be shared and the back
// button works without any client code.
export function AuditFilters({ value }: { value: AuditSearch }) {
  const field = (name: keyof AuditSearch, label: string, type = "text", hint?: string) => (
    <label className="text-xs text-slate-600">
      {label}
      <input
        name={name}
        type={type}
        placeholder={hint}
        defaultValue={(value[name] as string | undefined) ?? ""}
        className={input}
      />
    </label>
  );
  const actions = namedAuditActions().map((a): [string, string] => [a.value, a.label]);
  // An action typed by hand (a prefix such as "account.") stays selectable, shown as typed.
  if (value.action && !actions.some(([v]) => v === value.action)) actions.unshift([value.action, value.action]);
  return (
    <form
      method="get"
      className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-4 xl:grid-cols-5"
      aria-label="审计日志查询条件"
    >
      {field("from", "起始日期", "date")}
      {field("to", "截止日期", "date")}
      {field("username", "操作人（用户名）")}
      {field("objectName", "涉及对象", "text", "干部姓名、账号或单位名称")}
      <Select name="action" label="操作" value={value.action} options={actions} />
      <Select
        name="objectType"
        label="对象类型"
        value={value.objectType}
        options={Object.entries(auditObjectTypeLabel).sort((a, b) => a[1].localeCompare(b[1], "zh-CN"))}
      />
      <Select
        name="result"
        label="结果"
        value={value.result}
        options={[
          ["SUCCESS", "成功"],
          ["DENIED", "拒绝"],
          ["FAILURE", "失败"],
        ]}
      />
      {field("requestId", "请求编号")}
      {field("sessionHash", "会话标识（哈希）")}
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>
          查询
        </button>
        <a href="/audit" className={buttonClass("secondary")}>
          重置
        </a>
      </div>
    </form>
  );
}
