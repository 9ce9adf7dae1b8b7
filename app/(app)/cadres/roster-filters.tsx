// The roster's filter bar: a GET form, so every filter lands in the URL (shareable; the back
// button returns to the previous filters) and works even before scripts load. next/form makes
// the submit a client-side navigation. Keyed by the URL so the fields follow back/forward.
import Form from "next/form";
import { UnitFilterSearch } from "@/components/cadres/unit-filter-search";
import Link from "next/link";
import {
  cadreStatusLabel,
  educationLevelLabel,
  genderLabel,
  gradeLabel,
  politicalStatusLabel,
  rankLabel,
  unitTypeLabel,
} from "@/lib/labels";
import type { RosterOptions } from "@/lib/server/cadres/roster-options";
import { DEFAULT_PAGE_SIZE, ETHNICITY_HAN, ETHNICITY_MINORITY, type RosterQuery } from "@/lib/validation/roster-query";

const input = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";

function CheckGroup<V extends string>({
  name,
  label,
  labels,
  selected,
}: {
  name: string;
  label: string;
  labels: Record<V, string>;
  selected: readonly string[];
}) {
  return (
    <details className="relative">
      <summary className={`${input} cursor-pointer list-none`} data-testid={`filter-${name}`}>
        {label}
        {selected.length ? `（${selected.length}）` : ""}
      </summary>
      <fieldset className="absolute z-20 mt-1 flex w-56 flex-col gap-1 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <legend className="sr-only">{label}</legend>
        {(Object.keys(labels) as V[]).map((v) => (
          <label key={v} className="flex items-center gap-1.5 text-sm">
            <input type="checkbox" name={name} value={v} defaultChecked={selected.includes(v)} />
            {labels[v]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

function Labelled({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="flex items-center gap-1 text-sm text-slate-700">
      {label}
      {children}
    </label>
  );
}

export function RosterFilters({
  query,
  options,
  asOf,
  tiers,
}: {
  query: RosterQuery;
  options: RosterOptions;
  asOf: string;
  /** the 在库 filter's tiers: the active profile's, then any other still holding members, named */
  tiers: { value: string; label: string }[];
}) {
  const statusLabels = { ...cadreStatusLabel, ALL: "全部" };
  return (
    <Form
      action="/cadres"
      className="mb-3 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3"
      aria-label="筛选干部"
    >
      <input
        name="q"
        defaultValue={query.q ?? ""}
        placeholder="姓名或拼音首字母（如 zs）"
        aria-label="姓名或拼音"
        className={`${input} w-52`}
      />
      {options.units ? (
        <select name="unitId" defaultValue={query.unitId ?? ""} aria-label="单位" className={`${input} max-w-56`}>
          <option value="">全部单位</option>
          {options.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      ) : (
        <UnitFilterSearch selected={options.selectedUnit} className={input} />
      )}
      <CheckGroup name="unitType" label="单位类别" labels={unitTypeLabel} selected={query.unitType} />
      <CheckGroup name="rank" label="职务层次" labels={rankLabel} selected={query.rank} />
      <CheckGroup name="grade" label="职级" labels={gradeLabel} selected={query.grade} />
      <Labelled label="年龄">
        <input
          name="ageMin"
          type="number"
          min={0}
          max={120}
          defaultValue={query.ageMin ?? ""}
          aria-label="最小年龄"
          className={`${input} w-16`}
        />
        —
        <input
          name="ageMax"
          type="number"
          min={0}
          max={120}
          defaultValue={query.ageMax ?? ""}
          aria-label="最大年龄"
          className={`${input} w-16`}
        />
        岁，截至
        <input
          name="asOf"
          type="date"
          defaultValue={query.asOf ?? asOf}
          aria-label="年龄计算截止日期"
          className={input}
        />
      </Labelled>
      <select name="gender" defaultValue={query.gender ?? ""} aria-label="性别" className={input}>
        <option value="">性别不限</option>
        {Object.entries(genderLabel).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      <select name="ethnicity" defaultValue={query.ethnicity ?? ""} aria-label="民族" className={input}>
        <option value="">民族不限</option>
        <option value={ETHNICITY_HAN}>汉族</option>
        <option value={ETHNICITY_MINORITY}>少数民族（全部）</option>
        {options.ethnicities.map((e) => (
          <option key={e} value={e}>
            {e}
          </option>
        ))}
      </select>
      <CheckGroup name="political" label="政治面貌" labels={politicalStatusLabel} selected={query.political} />
      <select name="eduMin" defaultValue={query.eduMin ?? ""} aria-label="全日制学历" className={input}>
        <option value="">全日制学历不限</option>
        {Object.entries(educationLevelLabel).map(([v, l]) => (
          <option key={v} value={v}>
            {l}及以上
          </option>
        ))}
      </select>
      <label className="flex items-center gap-1 text-sm">
        <input type="checkbox" name="elite" value="1" defaultChecked={query.elite === "1"} />
        985/211/双一流
      </label>
      <select name="domain" defaultValue={query.domain ?? ""} aria-label="熟悉领域" className={input}>
        <option value="">熟悉领域不限</option>
        {options.domains.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
      <select name="pool" defaultValue={query.pool ?? ""} aria-label="在库情况" className={input}>
        <option value="">在库不限</option>
        <option value="IN">在库（任一层级）</option>
        <option value="OUT">不在库</option>
        {tiers.map((t) => (
          <option key={t.value} value={t.value}>
            在库：{t.label}
          </option>
        ))}
      </select>
      <CheckGroup name="status" label="状态（默认在职）" labels={statusLabels} selected={query.status} />
      {/* keep the view's sort, page size and columns across a new search */}
      {query.sort !== "unit" ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.dir !== "asc" ? <input type="hidden" name="dir" value={query.dir} /> : null}
      {query.size !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="size" value={query.size} /> : null}
      {query.cols.length ? <input type="hidden" name="cols" value={query.cols.join(",")} /> : null}
      <button
        type="submit"
        className="rounded-md bg-brand-600 px-3 py-1 text-sm font-medium text-white hover:bg-brand-700"
      >
        查询
      </button>
      <Link href="/cadres" className="text-sm text-brand-700 hover:underline">
        清除条件
      </Link>
    </Form>
  );
}
