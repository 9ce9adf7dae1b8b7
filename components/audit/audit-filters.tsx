import { buttonClass } from "@/components/ui/button";
import type { AuditSearch } from "@/lib/validation/audit-search";

// A plain GET form: the filters live in the URL, so a search can be shared and the back
// button works without any client code.
export function AuditFilters({ value }: { value: AuditSearch }) {
  const input = "w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";
  const field = (name: keyof AuditSearch, label: string, type = "text") => (
    <label className="text-xs text-slate-600">
      {label}
      <input name={name} type={type} defaultValue={(value[name] as string | undefined) ?? ""} className={input} />
    </label>
  );
  return (
    <form
      method="get"
      className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-4 xl:grid-cols-5"
      aria-label="审计日志查询条件"
    >
      {field("from", "起始日期", "date")}
      {field("to", "截止日期", "date")}
      {field("username", "用户")}
      {field("action", "操作（前缀）")}
      {field("objectType", "对象类型")}
      {field("objectId", "对象编号")}
      {field("requestId", "请求编号")}
      {field("sessionHash", "会话标识（哈希）")}
      <label className="text-xs text-slate-600">
        结果
        <select name="result" defaultValue={value.result ?? ""} className={input}>
          <option value="">全部</option>
          <option value="SUCCESS">成功</option>
          <option value="DENIED">拒绝</option>
          <option value="FAILURE">失败</option>
        </select>
      </label>
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
