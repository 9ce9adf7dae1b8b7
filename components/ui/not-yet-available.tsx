import { PageHeader } from "./page-header";

/** An honest placeholder for an area whose issue has not landed yet: no fake data. */
export function NotYetAvailable({ title, what }: { title: string; what: string }) {
  return (
    <div>
      <PageHeader title={title} />
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600">
        <p className="font-medium text-slate-800">本功能尚在建设中。</p>
        <p className="mt-2 text-sm">{what}</p>
      </div>
    </div>
  );
}
