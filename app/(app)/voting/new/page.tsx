import { SessionForm } from "@/components/voting/session-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAnyPermission } from "@/lib/server/auth/current-actor";
import { votingSetupOptions } from "@/lib/server/voting/setup-options";
import { votingAccess } from "@/lib/server/voting/scope";

export const metadata = { title: "新建投票" };

export default async function NewVotingPage({
  searchParams,
}: {
  searchParams: Promise<{ unitId?: string; nominationId?: string }>;
}) {
  const actor = await requireAnyPermission(["nomination", "transition"], ["nomination", "create"]);
  const sp = await searchParams;
  const request = votingAccess(actor) === "request";
  const options = await votingSetupOptions(actor, sp.unitId ?? null, sp.nominationId ?? null);
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={request ? "申请民主推荐、测评投票" : "新建民主推荐、测评投票"}
        description={
          request
            ? "选择本单位票上的人选与参加人数；提交后由组织部审核，同意后生成投票码。"
            : "先选择单位，再选择票上的人选；各类参加人员的权重取自现行政策配置。"
        }
      />
      <Card>
        <form method="get" className="mb-4 flex items-end gap-2">
          <div className="flex-1">
            <label htmlFor="pick-unit" className="mb-1 block text-sm font-medium text-slate-700">
              单位
            </label>
            <select
              id="pick-unit"
              name="unitId"
              defaultValue={options.unitId ?? ""}
              className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
            >
              <option value="">请选择单位</option>
              {options.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            选择
          </button>
        </form>
        {options.unitId ? (
          <SessionForm
            unitId={options.unitId}
            unitName={options.unitName}
            nominations={options.nominations}
            preselected={options.preselected}
            defaults={options.defaults}
            weights={options.weights}
            request={request}
          />
        ) : null}
      </Card>
    </div>
  );
}
