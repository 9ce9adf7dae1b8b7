// 方案比较: two plans chosen from the list, compared side by side (a GET form: the choice is in the URL).
import { SelectField } from "@/components/ui/select-field";

export function PlanCompareForm({ plans }: { plans: { value: string; label: string }[] }) {
  return (
    <form action="/plans/compare" className="flex flex-wrap items-end gap-3" aria-label="方案比较">
      <div className="w-64">
        <SelectField id="a" label="方案一" options={plans} defaultValue={plans[0]?.value} />
      </div>
      <div className="w-64">
        <SelectField id="b" label="方案二" options={plans} defaultValue={plans[1]?.value} />
      </div>
      <button type="submit" className="mb-4 rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
        并排比较
      </button>
    </form>
  );
}
