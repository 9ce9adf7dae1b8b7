import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { AppointForm } from "@/components/units/appoint-form";
import { formatYearMonth, todayInChina } from "@/lib/format/dates";
import { genderLabel, rankLabel } from "@/lib/labels";
import { ageOn } from "@/lib/rules";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getCadreToAppoint, searchCadresToAppoint } from "@/lib/server/units/cadre-search";
import { findManagedPost } from "@/lib/server/units/manage-posts";
import { appointmentVerdictFor } from "@/lib/server/units/appointment-checks";
import { runningAppointments } from "@/lib/server/units/end-others";
import { orNotFound } from "@/lib/server/not-found";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { appointParams } from "@/lib/validation/units-search";

export const metadata = { title: "任职" };

type Props = {
  params: Promise<{ unitId: string; postId: string }>;
  searchParams: Promise<SearchParams>;
};

export default async function AppointPage({ params, searchParams }: Props) {
  const actor = await requirePermission("unit", "manage");
  const { unitId, postId } = await params;
  const sp = parseSearchParams(appointParams, await searchParams);
  const post = await orNotFound(findManagedPost(actor, postId));
  if (post.unitId !== unitId) notFound();
  const q = sp.q ?? "";
  const today = todayInChina();
  const [found, chosen] = await Promise.all([
    searchCadresToAppoint(actor, q),
    sp.cadreId ? getCadreToAppoint(actor, sp.cadreId) : Promise.resolve(null),
  ]);
  const here = `/units/${unitId}/posts/${postId}/appoint`;
  // the verdict on the default start date (today); the server checks again on the date entered
  const [verdict, running] = chosen
    ? await Promise.all([
        appointmentVerdictFor(actor, chosen.id, post, today),
        runningAppointments(chosen.id, today, post.id),
      ])
    : [null, []];

  return (
    <div>
      <PageHeader title={`任职：${post.title}`} description="先查找并选择干部，再填写任职时间和文号。" />
      <Card title="选择干部" className="mb-4">
        <form method="get" action={here} className="flex flex-wrap items-end gap-2" aria-label="查找干部">
          <div>
            <label htmlFor="q" className="mb-1 block text-xs font-medium text-slate-600">
              姓名或拼音首字母
            </label>
            <input
              id="q"
              name="q"
              defaultValue={q}
              className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            />
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            查找
          </button>
        </form>
        {q ? (
          <Table className="mt-3" aria-label="查找结果">
            <thead>
              <tr>
                <Th>姓名</Th>
                <Th>性别</Th>
                <Th>出生年月</Th>
                <Th className="text-right">年龄</Th>
                <Th>单位及职务</Th>
                <Th>职务层次</Th>
                <Th />
              </tr>
            </thead>
            <tbody>
              {found.map((c) => (
                <tr key={c.id}>
                  <Td>{c.name}</Td>
                  <Td>{genderLabel[c.gender]}</Td>
                  <Td className="tabular-nums">{formatYearMonth(c.birthDate)}</Td>
                  <Td className="text-right tabular-nums">{ageOn(c.birthDate, today)}</Td>
                  <Td>{[c.unit?.name, c.currentPostTitle].filter(Boolean).join(" ")}</Td>
                  <Td>{c.rank ? rankLabel[c.rank] : "—"}</Td>
                  <Td>
                    <Link
                      href={{ pathname: here, query: { q, cadreId: c.id } }}
                      className="text-brand-700 hover:underline"
                    >
                      选择
                    </Link>
                  </Td>
                </tr>
              ))}
              {found.length === 0 ? (
                <tr>
                  <Td colSpan={7} className="text-center text-slate-500">
                    未找到在职干部
                  </Td>
                </tr>
              ) : null}
            </tbody>
          </Table>
        ) : null}
      </Card>
      {chosen ? (
        <Card
          title={`任职人员：${chosen.name}（${genderLabel[chosen.gender]}，${formatYearMonth(chosen.birthDate)}生，${ageOn(chosen.birthDate, today)}岁）`}
        >
          <AppointForm
            unitId={unitId}
            postId={post.id}
            postVersion={post.version}
            cadreId={chosen.id}
            defaultStartDate={today.toISOString().slice(0, 10)}
            isLeadership={post.isLeadership}
            running={running}
            verdict={verdict}
          />
        </Card>
      ) : null}
    </div>
  );
}
