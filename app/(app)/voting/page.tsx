import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format/dates";
import { votingKindLabel } from "@/lib/labels";
import { requireAnyPermission } from "@/lib/server/auth/current-actor";
import { destroyOpenedSlips, listVotingSessions } from "@/lib/server/voting";
import { votingAccess } from "@/lib/server/voting/scope";
import { sessionState } from "@/lib/voting/state";

export const metadata = { title: "民主推荐与测评" };

export default async function VotingListPage() {
  const actor = await requireAnyPermission(["nomination", "transition"], ["nomination", "create"]);
  // slips of sessions that opened since are destroyed whenever staff look (slip-codes.ts)
  const [sessions] = await Promise.all([listVotingSessions(actor), destroyOpenedSlips(new Date())]);
  const runs = votingAccess(actor) === "run";
  const now = new Date();
  return (
    <div>
      <PageHeader
        title="民主推荐与测评"
        description={
          runs
            ? "线上无记名投票：生成一次性投票码，投票人用手机扫码投票，结束后统计并写入推荐记录。单位申请的投票经审核同意后方可生成投票码。"
            : "本单位推荐人选的线上民主推荐、测评：提出申请，经组织部审核同意后由组织部生成投票码。"
        }
      />
      <div className="mb-4">
        <ButtonLink href="/voting/new" variant="primary">
          {runs ? "新建投票" : "申请投票"}
        </ButtonLink>
      </div>
      <Table>
        <thead>
          <tr>
            <Th>名称</Th>
            <Th>类别</Th>
            <Th>单位</Th>
            <Th>投票时间</Th>
            <Th>状态</Th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <Td>
                <Link href={`/voting/${s.id}`} className="text-brand-700 hover:underline">
                  {s.title}
                </Link>
              </Td>
              <Td>{votingKindLabel[s.kind]}</Td>
              <Td>{s.unit.name}</Td>
              <Td>
                {formatDateTime(s.opensAt)} 至 {formatDateTime(s.closesAt)}
              </Td>
              <Td>{sessionState(s, now)}</Td>
            </tr>
          ))}
          {sessions.length === 0 ? (
            <tr>
              <Td colSpan={5} className="text-slate-500">
                尚无投票
              </Td>
            </tr>
          ) : null}
        </tbody>
      </Table>
    </div>
  );
}
