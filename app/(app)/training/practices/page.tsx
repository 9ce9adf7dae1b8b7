import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatYearMonth } from "@/lib/format/dates";
import { practiceKindLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { listPractices } from "@/lib/server/development/practices";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { practiceListParams } from "@/lib/validation/development/search";
import { FilterSelect, labelOptions, ListFilter } from "@/components/development/list-filter";

export const metadata = { title: "实践锻炼" };

export default async function PracticesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("development", "read");
  const { kind, status } = parseSearchParams(practiceListParams, await searchParams);
  const rows = await listPractices(actor, { kind, status });
  return (
    <div>
      <PageHeader
        title="实践锻炼"
        description="挂职、墩苗、交流、跟班学习和专项工作；墩苗选派前按“派下去”条件（SX-DOWN-*）检查"
      />
      <Card
        title={`锻炼记录（${rows.length}）`}
        actions={
          can(actor.role, "development", "manage") ? (
            <ButtonLink href="/training/practices/new" variant="primary">
              登记实践锻炼
            </ButtonLink>
          ) : null
        }
      >
        <ListFilter>
          <FilterSelect name="kind" label="锻炼方式" value={kind} options={labelOptions(practiceKindLabel)} />
          <FilterSelect
            name="status"
            label="状态"
            value={status}
            options={[
              { value: "ACTIVE", label: "锻炼中" },
              { value: "ENDED", label: "已结束" },
            ]}
          />
        </ListFilter>
        <Table>
          <thead>
            <tr>
              <Th>姓名</Th>
              <Th>原单位及职务</Th>
              <Th>方式</Th>
              <Th>接收单位</Th>
              <Th>挂任职务</Th>
              <Th>开始</Th>
              <Th>计划结束</Th>
              <Th>实际结束</Th>
              <Th>专项考核</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <Td className="whitespace-nowrap">
                  <Link className="text-brand-700 hover:underline" href={`/training/practices/${p.id}`}>
                    {p.cadre.name}
                  </Link>
                  <div className="text-xs text-slate-500">{formatYearMonth(p.cadre.birthDate)}</div>
                </Td>
                <Td>
                  {p.cadre.unit?.name} {p.cadre.currentPostTitle}
                </Td>
                <Td>{practiceKindLabel[p.kind]}</Td>
                <Td>{p.hostUnitName}</Td>
                <Td>{p.role}</Td>
                <Td className="tabular-nums">{formatDate(p.startDate)}</Td>
                <Td className="tabular-nums">{formatDate(p.plannedEndDate)}</Td>
                <Td className="tabular-nums">
                  {p.actualEndDate ? formatDate(p.actualEndDate) : <Badge tone="info">锻炼中</Badge>}
                </Td>
                <Td>
                  {p.kind !== "DUNMIAO" ? (
                    "—"
                  ) : p.specialAssessedOn ? (
                    <Badge tone="ok">✓ {formatDate(p.specialAssessedOn)}</Badge>
                  ) : (
                    <Badge tone="warn">未考核</Badge>
                  )}
                </Td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <Td colSpan={9} className="text-slate-500">
                  没有符合条件的记录。
                </Td>
              </tr>
            ) : null}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
