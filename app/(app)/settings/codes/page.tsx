import Link from "next/link";
import { FamiliarDomainEditor } from "@/components/settings/codes/familiar-domain-editor";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import {
  degreeCode,
  degreeLabel,
  educationLevelCode,
  educationLevelLabel,
  ETHNICITIES,
  ethnicityCode,
  politicalStatusCode,
  politicalStatusLabel,
  practiceKindLabel,
  rankLabel,
  trainingKindLabel,
  unitTypeLabel,
} from "@/lib/labels";
import { domainReadings, listCoversDomain } from "@/lib/rules";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { listFamiliarDomainRows } from "@/lib/server/settings/familiar-domains";

export const metadata = { title: "代码表" };

interface CodeTableProps {
  title: string;
  labels: Record<string, string>;
  /** the national standard's code of each value, and the standard's number */
  national?: { standard: string; codes: Record<string, string> };
}

const TABLES: CodeTableProps[] = [
  { title: "政治面貌", labels: politicalStatusLabel, national: { standard: "GB/T 4762", codes: politicalStatusCode } },
  { title: "学历", labels: educationLevelLabel, national: { standard: "GB/T 4658", codes: educationLevelCode } },
  { title: "学位", labels: degreeLabel, national: { standard: "GB/T 6864", codes: degreeCode } },
  { title: "职务层次", labels: rankLabel },
  { title: "单位类型", labels: unitTypeLabel },
  { title: "实践锻炼类型", labels: practiceKindLabel },
  { title: "培训类别", labels: trainingKindLabel },
];

function CodeTable({ title, labels, national }: CodeTableProps) {
  return (
    <Card title={national ? `${title}（${national.standard}）` : title}>
      <Table data-testid={`codes-${title}`}>
        <thead>
          <tr>
            <Th className="w-16">序号</Th>
            {national ? <Th className="w-24">国家标准代码</Th> : null}
            <Th>名称</Th>
          </tr>
        </thead>
        <tbody>
          {/* the program's internal key of each value stays off the screen: staff know the names */}
          {Object.entries(labels).map(([code, label], i) => (
            <tr key={code}>
              <Td className="tabular-nums text-slate-500">{i + 1}</Td>
              {national ? <Td className="font-mono text-xs">{national.codes[code] || "—"}</Td> : null}
              <Td>{label}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}

export default async function CodesPage() {
  const actor = await requirePermission("policy", "read");
  const [rows, active] = await Promise.all([listFamiliarDomainRows(), getActiveProfile()]);
  const p = active.profile;
  // Domains the active profile's pool rules name (D20-POOL-DOMAINS, SS12-DOMAINS).
  const required = [
    ...(p.rules.includes("D20-POOL-DOMAINS") ? p.params.d20.pool.domains : []),
    ...(p.rules.includes("SS12-DOMAINS") ? p.params.ss12.domains : []),
  ];
  // a domain a rule names under another reading (SS12's 金融 for 财政金融) is covered by it
  const listed = rows.filter((r) => !r.archived).map((r) => r.name);
  const missing = required.filter((d) => !listCoversDomain(listed, d));
  const requiredNames = required.flatMap(domainReadings);
  const manage = can(actor.role, "settings", "manage");
  return (
    <div>
      <PageHeader
        title="代码表"
        description="系统使用的代码及其中文名称。除熟悉领域与院校外，代码随系统发布，不可在此修改。"
      />
      <Card title="熟悉领域" className="mb-4">
        {missing.length ? (
          <p role="alert" className="mb-3 rounded-md bg-amber-50 p-2 text-sm text-amber-900">
            当前政策配置要求按以下领域储备，但列表中没有（或已停用）：{missing.join("、")}
          </p>
        ) : null}
        {manage ? (
          <FamiliarDomainEditor rows={rows} required={requiredNames} />
        ) : (
          <ul className="flex flex-wrap gap-2" data-testid="familiar-domains">
            {rows
              .filter((r) => !r.archived)
              .map((r) => (
                <li key={r.name} className="rounded-md border border-slate-300 px-2 py-1 text-sm">
                  {r.name}
                  {requiredNames.includes(r.name) ? (
                    <span className="ml-2">
                      <Badge tone="info">政策要求</Badge>
                    </span>
                  ) : null}
                </li>
              ))}
          </ul>
        )}
      </Card>
      <Card title="院校（985、211、双一流）" className="mb-4">
        <p className="text-sm text-slate-700">
          导入与学历录入按院校代码表判定院校类别（含简称、曾用名与校区写法）。
          <Link
            href="/settings/codes/schools"
            className="ml-2 text-brand-700 hover:underline"
            data-testid="codes-schools"
          >
            查看{manage ? "与修改" : ""}院校代码表
          </Link>
        </p>
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={`民族（${ETHNICITIES.length}个，GB/T 3304）`}>
          <ol className="grid grid-cols-3 gap-x-4 gap-y-1 text-sm sm:grid-cols-4" data-testid="codes-民族">
            {ETHNICITIES.map((e) => (
              <li key={e}>
                <span className="mr-1 font-mono text-xs text-slate-500">{ethnicityCode(e)}</span>
                {e}
              </li>
            ))}
          </ol>
        </Card>
        {TABLES.map((t) => (
          <CodeTable key={t.title} {...t} />
        ))}
      </div>
    </div>
  );
}
