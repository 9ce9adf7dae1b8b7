import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, todayInChina } from "@/lib/format/dates";
import { talkKindLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { talkListParams } from "@/lib/validation/development/search";
import { listTalks } from "@/lib/server/development/talks";
import { talkEffect } from "@/lib/validation/development/talk";
import { FilterSelect, labelOptions, ListFilter } from "@/components/development/list-filter";

export const metadata = { title: "谈话" };

export default async function TalksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("development", "read");
  const thisYear = todayInChina().getUTCFullYear();
  const { kind, year } = parseSearchParams(talkListParams(thisYear), await searchParams);
  const rows = await listTalks(actor, { kind, year });
  const manage = can(actor.role, "development", "manage");
  return (
    <div>
      <PageHeader
        title="谈话"
        description="谈心谈话、关爱谈话、提醒谈话、诫勉谈话（WS-TALKS）；问题记录在案（D20-MGMT-RECORD）与容错纠错（D20-MGMT-ERROR-TOLERANCE）分开记录"
      />
      <Card
        title={`谈话记录（${rows.length}${rows.length === 500 ? "，仅显示最近500条" : ""}）`}
        actions={
          manage ? (
            <ButtonLink href="/training/talks/new" variant="primary">
              登记谈话
            </ButtonLink>
          ) : null
        }
      >
        <ListFilter>
          <FilterSelect name="kind" label="谈话类型" value={kind} options={labelOptions(talkKindLabel)} />
          <FilterSelect
            name="year"
            label="年度"
            value={year}
            options={Array.from({ length: 5 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y}年` }))}
          />
        </ListFilter>
        <Table>
          <thead>
            <tr>
              <Th>谈话日期</Th>
              <Th>谈话对象</Th>
              <Th>类型</Th>
              <Th>谈话人</Th>
              <Th>谈话要点</Th>
              <Th>记录性质</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => {
              const effect = talkEffect(t);
              return (
                <tr key={t.id}>
                  <Td className="whitespace-nowrap tabular-nums">
                    {manage ? (
                      <Link className="text-brand-700 hover:underline" href={`/training/talks/${t.id}`}>
                        {formatDate(t.talkedOn)}
                      </Link>
                    ) : (
                      formatDate(t.talkedOn)
                    )}
                  </Td>
                  <Td className="whitespace-nowrap">
                    <Link className="text-brand-700 hover:underline" href={`/cadres/${t.cadre.id}`}>
                      {t.cadre.name}
                    </Link>
                    <div className="text-xs text-slate-500">{t.cadre.unit?.name}</div>
                  </Td>
                  <Td>{talkKindLabel[t.kind]}</Td>
                  <Td>{t.talkedBy}</Td>
                  <Td className="max-w-md">{t.summary}</Td>
                  <Td>
                    {effect.ruleId ? (
                      <Badge tone={effect.tone} title={effect.ruleId}>
                        {effect.text}
                      </Badge>
                    ) : (
                      effect.text
                    )}
                  </Td>
                </tr>
              );
            })}
            {rows.length === 0 ? (
              <tr>
                <Td colSpan={6} className="text-slate-500">
                  没有谈话记录。
                </Td>
              </tr>
            ) : null}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
