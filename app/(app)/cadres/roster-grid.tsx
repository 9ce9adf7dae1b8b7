"use client";
// The roster grid: one server-sorted page of rows. Sorting, paging, page size and columns
// are pushed into the URL (router.push), so the back button and shared links restore them.
import { createColumnHelper, type SortingState } from "@tanstack/react-table";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { RosterBatchBar, type RosterBatchPermissions } from "@/components/cadres/roster-batch-bar";
import { IdNumberExportDialog } from "@/components/export/id-number-export-dialog";
import { ColumnChooser } from "@/components/data-table/column-chooser";
import { DataTable } from "@/components/data-table/data-table";
import { OpenPagination } from "@/components/data-table/open-pagination";
import { ROSTER_COLUMN_LABELS, type RosterRow, type RosterView } from "@/lib/cadres/roster-row";
import {
  ROSTER_SELECTION_MAX,
  DEFAULT_ROSTER_COLUMNS,
  PAGE_SIZES,
  ROSTER_COLUMNS,
  ROSTER_SORT_KEYS,
  rosterSearchParams,
  type RosterColumn,
  type RosterQuery,
  type RosterSortKey,
} from "@/lib/validation/roster-query";

const col = createColumnHelper<RosterRow>();
const SORTABLE = new Set<string>(ROSTER_SORT_KEYS);

const COLUMNS = ROSTER_COLUMNS.map((id) =>
  col.accessor(id, {
    id,
    header: ROSTER_COLUMN_LABELS[id],
    enableSorting: SORTABLE.has(id),
    cell:
      id === "name"
        ? (c) => (
            <Link href={`/cadres/${c.row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {c.getValue()}
            </Link>
          )
        : id === "age"
          ? (c) => <span className="tabular-nums">{c.getValue()}</span>
          : (c) => c.getValue(),
  }),
);

/** The tick boxes: one per row, and the header's for the whole page. */
function selectColumn(selected: Set<string>, toggle: (ids: string[], on: boolean) => void, rows: RosterRow[]) {
  const allOn = rows.length > 0 && rows.every((r) => selected.has(r.id));
  return col.display({
    id: "select",
    enableSorting: false,
    header: () => (
      <input
        type="checkbox"
        aria-label="勾选本页全部"
        checked={allOn}
        onChange={() =>
          toggle(
            rows.map((r) => r.id),
            !allOn,
          )
        }
      />
    ),
    cell: (c) => (
      <input
        type="checkbox"
        aria-label={`勾选${c.row.original.name}`}
        checked={selected.has(c.row.original.id)}
        onChange={(e) => toggle([c.row.original.id], e.target.checked)}
      />
    ),
  });
}

export function RosterGrid({
  query,
  page,
  canExport,
  fullIdNumbers = false,
  count,
  batch,
}: {
  query: RosterQuery;
  page: RosterView;
  /** the total, streamed in after the page */
  count: ReactNode;
  canExport: boolean;
  /** the export dialog may offer 完整号码 (role and clearance; the server checks again) */
  fullIdNumbers?: boolean;
  /** the batch actions this user may take, and what their forms offer; none: no tick boxes */
  batch?: {
    can: RosterBatchPermissions;
    today: string;
    trainings: { id: string; label: string }[];
    domains: string[];
    tiers: { value: string; label: string }[];
    count: ReactNode;
  };
}) {
  // ticked rows stay ticked across pages and sorts (the page keys this grid by its filters)
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [all, setAll] = useState(false);
  const [tooMany, setTooMany] = useState(false);
  const toggle = (ids: string[], on: boolean) => {
    setAll(false);
    const next = new Set(selected);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    setTooMany(next.size > ROSTER_SELECTION_MAX);
    if (next.size <= ROSTER_SELECTION_MAX) setSelected(next);
  };
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const visible: RosterColumn[] = query.cols.length ? query.cols : [...DEFAULT_ROSTER_COLUMNS];
  const href = (patch: Partial<RosterQuery>) => {
    const s = rosterSearchParams({ ...query, ...patch }).toString();
    return s ? `${pathname}?${s}` : pathname;
  };
  const go = (patch: Partial<RosterQuery>) => startTransition(() => router.push(href(patch), { scroll: false }));

  const sorting: SortingState = [{ id: query.sort, desc: query.dir === "desc" }];
  const onSortingChange = (next: SortingState) => {
    const s = next[0];
    if (s && SORTABLE.has(s.id)) go({ sort: s.id as RosterSortKey, dir: s.desc ? "desc" : "asc", page: 1 });
  };
  const exportHref = `/cadres/export?${rosterSearchParams({ ...query, cols: visible, page: 1 }).toString()}`;

  return (
    <div>
      <div className="mb-2 flex items-center justify-end gap-2">
        <ColumnChooser
          columns={ROSTER_COLUMNS}
          labels={ROSTER_COLUMN_LABELS}
          visible={visible}
          locked={["name"]}
          onChange={(cols) => go({ cols })}
        />
        {canExport && visible.includes("idNumber") ? (
          <IdNumberExportDialog
            href={exportHref}
            label="导出 Excel"
            testId="roster-export"
            fullAllowed={fullIdNumbers}
          />
        ) : canExport ? (
          <a
            href={exportHref}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
            data-testid="roster-export"
          >
            导出 Excel
          </a>
        ) : null}
      </div>
      {batch ? (
        <>
          {tooMany ? (
            <p role="alert" className="mb-2 text-sm text-amber-800">
              一次最多勾选 {ROSTER_SELECTION_MAX} 人；更多请用“选中全部符合条件的干部”
            </p>
          ) : null}
          <RosterBatchBar
            query={query}
            visible={visible}
            selected={[...selected]}
            all={all}
            onAll={setAll}
            onClear={() => {
              setAll(false);
              setSelected(new Set());
            }}
            can={batch.can}
            fullIdNumbers={fullIdNumbers}
            asOf={page.asOf}
            today={batch.today}
            trainings={batch.trainings}
            domains={batch.domains}
            tiers={batch.tiers}
            count={batch.count}
          />
        </>
      ) : null}
      <DataTable
        data={page.rows}
        columns={batch ? [selectColumn(selected, toggle, page.rows), ...COLUMNS] : COLUMNS}
        getRowId={(r) => r.id}
        sorting={sorting}
        onSortingChange={onSortingChange}
        columnVisibility={Object.fromEntries(ROSTER_COLUMNS.map((c) => [c, visible.includes(c)]))}
        empty="没有符合条件的干部"
        caption="干部名册"
        pending={pending}
      />
      <OpenPagination
        page={page.page}
        rowsOnPage={page.rows.length}
        pageSize={page.pageSize}
        hasNext={page.hasNext}
        pageSizes={PAGE_SIZES}
        count={count}
        hrefFor={(p) => href({ page: p })}
        onPage={(p) => go({ page: p })}
        onPageSize={(size) => go({ size, page: 1 })}
      />
    </div>
  );
}
