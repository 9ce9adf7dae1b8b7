"use client";
// A server-driven grid: @tanstack/react-table renders the rows of one page; sorting, paging
// and column visibility are state the caller owns (usually the URL), because the rows are
// sorted and sliced in PostgreSQL, never in the browser.
import { HydratedButton } from "@/components/ui/button";
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
  type VisibilityState,
} from "@tanstack/react-table";

export interface DataTableProps<T> {
  data: T[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- column value types differ per column
  columns: ColumnDef<T, any>[];
  getRowId: (row: T) => string;
  sorting: SortingState;
  onSortingChange: (next: SortingState) => void;
  columnVisibility: VisibilityState;
  /** shown in place of rows when there are none */
  empty: React.ReactNode;
  caption?: string;
  pending?: boolean;
}

function sortMark(dir: false | "asc" | "desc"): string {
  return dir === "asc" ? "▲" : dir === "desc" ? "▼" : "";
}

export function DataTable<T>({
  data,
  columns,
  getRowId,
  sorting,
  onSortingChange,
  columnVisibility,
  empty,
  caption,
  pending,
}: DataTableProps<T>) {
  // The table instance is rebuilt from props on every render (server-paged, one page of rows),
  // so the React Compiler skipping memoization here is harmless.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    getRowId,
    state: { sorting, columnVisibility },
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    onSortingChange: (updater) => onSortingChange(typeof updater === "function" ? updater(sorting) : updater),
    getCoreRowModel: getCoreRowModel(),
  });

  return (
    <div
      className={`overflow-x-auto rounded-lg border border-slate-200 bg-white ${pending ? "opacity-60" : ""}`}
      aria-busy={pending || undefined}
    >
      <table className="w-full border-collapse text-sm" data-testid="data-table">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((h) => {
                const dir = h.column.getIsSorted();
                const label = flexRender(h.column.columnDef.header, h.getContext());
                return (
                  <th
                    key={h.id}
                    scope="col"
                    aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : undefined}
                    className="whitespace-nowrap border-b border-slate-200 bg-slate-50 px-3 py-2 text-left font-medium text-slate-600"
                  >
                    {h.column.getCanSort() ? (
                      <HydratedButton
                        type="button"
                        className="inline-flex items-center gap-1 hover:text-brand-700"
                        onClick={h.column.getToggleSortingHandler()}
                      >
                        {label}
                        <span aria-hidden className="text-xs">
                          {sortMark(dir)}
                        </span>
                      </HydratedButton>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.length === 0 ? (
            <tr>
              <td colSpan={table.getVisibleLeafColumns().length} className="px-3 py-8 text-center text-slate-500">
                {empty}
              </td>
            </tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="hover:bg-brand-50/50">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="whitespace-nowrap border-b border-slate-100 px-3 py-1.5">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
