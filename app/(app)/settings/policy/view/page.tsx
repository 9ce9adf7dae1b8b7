import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivateButton } from "@/components/settings/policy/activate-button";
import { OverridesTable } from "@/components/settings/policy/overrides-table";
import { StatusChanges } from "@/components/settings/policy/status-changes";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayInChina } from "@/lib/format/dates";
import { isPresetKey, PRESETS, resolveProfile, safeResolveProfile, type ResolvedProfile } from "@/lib/rules";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { orNotFound } from "@/lib/server/not-found";
import { getActiveProfile, loadProfileLibrary, resolveRow } from "@/lib/server/policy/active-profile";
import { getProfileRow, type ProfileRowView } from "@/lib/server/policy/profile-rows";
import { previewActivation } from "@/lib/server/policy/target-statuses";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { policyViewParams } from "@/lib/validation/settings-search";

export const metadata = { title: "政策配置版本" };

export default async function ViewProfilePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("policy", "read");
  const q = parseSearchParams(policyViewParams, await searchParams);
  const [active, library] = await Promise.all([getActiveProfile(), loadProfileLibrary()]);
  let row: ProfileRowView | null = null;
  let profile: ResolvedProfile;
  if (q.row) {
    row = await orNotFound(getProfileRow(actor, q.row));
    const r = resolveRow(row, library);
    if (!r.ok)
      return (
        <p role="alert" className="text-sm text-red-600">
          该版本当前无法解析：{r.issues.map((i) => i.message).join("；")}
        </p>
      );
    profile = r.profile;
  } else if (q.preset && isPresetKey(q.preset)) {
    profile = resolveProfile(q.preset);
  } else notFound();

  const isActive = row ? row.isActive : active.rowId !== null && active.profile.key === q.preset;
  const base = row?.extendsKey ? safeResolveProfile(row.extendsKey, library) : null;
  const manage = can(actor.role, "policy", "manage");
  const preview = manage && !isActive ? await previewActivation(actor, active.profile, profile, todayInChina()) : null;
  const restoring = row && row.key === active.profile.key;
  const title = row
    ? `${row.name}（${row.key} 第${row.profileVersion}版）`
    : `${PRESETS[q.preset as keyof typeof PRESETS].name}（内置）`;

  return (
    <div>
      <PageHeader title={title} description={profile.description || undefined} />
      <p className="mb-4 text-sm">
        <Link href="/settings/policy" className="text-brand-700 hover:underline">
          ← 返回政策配置
        </Link>
      </p>
      <Card title="概况" className="mb-4">
        <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-500">状态</dt>
          <dd>{isActive ? <Badge tone="ok">启用中</Badge> : <Badge>未启用</Badge>}</dd>
          <dt className="text-slate-500">继承关系</dt>
          <dd>{profile.chain.join(" → ")}</dd>
          <dt className="text-slate-500">适用规则</dt>
          <dd>{profile.rules.length} 条</dd>
          {row ? (
            <>
              <dt className="text-slate-500">保存人</dt>
              <dd>{row.createdBy ?? "—"}</dd>
            </>
          ) : null}
        </dl>
      </Card>
      {row && row.extendsKey ? (
        <Card title="覆盖的参数" className="mb-4">
          <OverridesTable overrides={row.overrides} baseParams={base?.ok ? base.profile.params : {}} />
        </Card>
      ) : null}
      {preview ? (
        <Card title={`${restoring ? "恢复" : "启用"}前预览：与当前启用的“${active.profile.name}”相比`} className="mb-4">
          <StatusChanges preview={preview} />
          <div className="mt-4 flex gap-3">
            <ActivateButton
              rowId={row?.id ?? null}
              presetKey={row ? null : q.preset!}
              expectedActiveRowId={active.rowId}
              label={restoring ? "确认恢复此版本" : "确认启用此配置"}
            />
          </div>
        </Card>
      ) : null}
      {manage && row && row.extendsKey ? (
        <ButtonLink href={`/settings/policy/edit?from=${row.id}`}>以此版本为基础编辑</ButtonLink>
      ) : null}
    </div>
  );
}
