import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { HELP_AREAS } from "@/lib/help/areas";
import { explain } from "@/lib/rules";
import { requireActor } from "@/lib/server/auth/current-actor";

export const metadata = { title: "帮助" };

export default async function HelpAreaPage({ params }: { params: Promise<{ area: string }> }) {
  await requireActor();
  const { area: key } = await params;
  const area = HELP_AREAS.find((a) => a.key === key);
  if (!area) notFound();
  return (
    <div className="max-w-3xl">
      <PageHeader title={`帮助：${area.title}`} description={area.purpose} />
      <Card>
        <h2 className="mb-2 font-semibold">办理步骤</h2>
        <ol className="list-decimal space-y-1.5 pl-5 text-sm text-slate-700">
          {area.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        {area.conventions?.length ? (
          <>
            <h2 className="mt-5 mb-2 font-semibold">填写约定</h2>
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
              {area.conventions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
      {area.rules.length ? (
        <Card className="mt-4">
          <h2 className="mb-3 font-semibold">适用的政策规定</h2>
          <dl className="space-y-4 text-sm" data-testid="help-rules">
            {area.rules.map((id) => {
              const e = explain(id);
              return (
                <div key={id}>
                  <dt className="font-medium">
                    {e.title} <span className="text-xs text-slate-500">{id}</span>
                  </dt>
                  <dd className="mt-1 text-slate-700">{e.text}</dd>
                  <dd className="mt-1 text-xs text-slate-500">
                    出处：{e.source}
                    {e.clause ? ` ${e.clause}` : ""}
                  </dd>
                </div>
              );
            })}
          </dl>
        </Card>
      ) : null}
      <p className="mt-4 text-sm">
        <Link href="/help" className="text-brand-700 hover:underline">
          全部帮助
        </Link>
      </p>
    </div>
  );
}
