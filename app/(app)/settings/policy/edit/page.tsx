import Link from "next/link";
import { notFound } from "next/navigation";
import { ProfileForm } from "@/components/settings/policy/profile-form";
import { PageHeader } from "@/components/ui/page-header";
import { isPresetKey } from "@/lib/rules";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { editorData } from "@/lib/server/policy/editor-data";
import { getProfileRow, latestVersionOf } from "@/lib/server/policy/profile-rows";
import { orNotFound } from "@/lib/server/not-found";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { policyEditParams } from "@/lib/validation/settings-search";

export const metadata = { title: "编辑区县政策配置" };

export default async function EditProfilePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("policy", "manage");
  const q = parseSearchParams(policyEditParams, await searchParams);
  // ?key=K edits the latest version of K; ?from=ROW starts from a past version (restoring its
  // values as the next version); ?extends=PRESET starts a new profile.
  const source = q.from
    ? await orNotFound(getProfileRow(actor, q.from))
    : q.key
      ? await latestVersionOf(actor, q.key)
      : null;
  if ((q.key || q.from) && (!source || isPresetKey(source.key))) notFound();
  const latest = source ? await latestVersionOf(actor, source.key) : null;
  const data = await editorData(source?.key ?? null);
  const initial =
    source && latest
      ? {
          key: source.key,
          name: source.name,
          description: source.description,
          extendsKey: source.extendsKey ?? "district-2020",
          basedOnVersion: latest.profileVersion,
          overrides: source.overrides,
        }
      : {
          key: "",
          name: "",
          description: "",
          extendsKey: q.extends && isPresetKey(q.extends) ? q.extends : "district-2020",
          basedOnVersion: null,
          overrides: {},
        };
  const title = source ? `编辑配置：${source.name}` : "新建区县政策配置";
  const from =
    source && latest && source.profileVersion !== latest.profileVersion
      ? `（以第 ${source.profileVersion} 版为基础）`
      : "";
  return (
    <div>
      <PageHeader
        title={title + from}
        description="在内置配置的基础上调整本区的参数。保存时整体校验；每次保存形成新版本，旧版本可随时查看和恢复。"
      />
      <p className="mb-4 text-sm">
        <Link href="/settings/policy" className="text-brand-700 hover:underline">
          ← 返回政策配置
        </Link>
      </p>
      <ProfileForm initial={initial} {...data} />
    </div>
  );
}
