import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatYearMonth } from "@/lib/format/dates";
import { formatTenure } from "@/lib/format/durations";
import { genderLabel, rankLabel } from "@/lib/labels";
import type { TeamPost } from "@/lib/server/units/unit-team";

interface Props {
  posts: TeamPost[];
  asOf: Date;
  unitId: string;
  /** show 任职 / 免职 / 编辑 links (organization staff, on today's view) */
  editable: boolean;
  caption: string;
  /** names link to the cadre's profile (roles that may read cadres) */
  profiles?: boolean;
}

/** Above this many holders a non-leadership post (科员, 教师) is summarised in one row. */
const CROWD = 3;

/** Each post with its holder(s) on asOf: age in 周岁, time in post, vacancies marked. */
export function TeamTable({ posts, asOf, unitId, editable, caption, profiles = false }: Props) {
  return (
    <Table aria-label={caption}>
      <thead>
        <tr>
          <Th>职位</Th>
          <Th>正/副职</Th>
          <Th>职务层次</Th>
          <Th>任职人员</Th>
          <Th>性别</Th>
          <Th>出生年月</Th>
          <Th className="text-right">年龄</Th>
          <Th>任现职时间</Th>
          <Th>任现职年限</Th>
          {editable ? <Th className="no-print">操作</Th> : null}
        </tr>
      </thead>
      <tbody>
        {posts.map((p) => {
          if (!p.isLeadership && p.holderCount > CROWD)
            return <CrowdRow key={p.id} post={p} unitId={unitId} editable={editable} />;
          const rows = p.holders.length ? p.holders : [null];
          return rows.map((h, i) => (
            <tr key={`${p.id}-${h?.appointmentId ?? "vacant"}`} data-testid="team-row" className="hover:bg-slate-50">
              {i === 0 ? (
                <>
                  <Td rowSpan={rows.length} className="font-medium">
                    {p.title}
                    {p.isPartyGovHead ? <span className="ml-1 text-xs text-slate-500">（党政正职）</span> : null}
                    {p.isKeyPost ? <span className="ml-1 text-xs text-slate-500">（关键岗位）</span> : null}
                    {p.holderCount > p.holders.length ? (
                      <div className="text-xs text-slate-500">
                        共 {p.holderCount} 人，显示前 {p.holders.length} 人
                      </div>
                    ) : null}
                  </Td>
                  <Td rowSpan={rows.length}>{p.isLeadership ? (p.isPrincipal ? "正职" : "副职") : "—"}</Td>
                  <Td rowSpan={rows.length}>{rankLabel[p.rank]}</Td>
                </>
              ) : null}
              {h ? (
                <>
                  <Td className="whitespace-nowrap">
                    {profiles ? (
                      <Link href={`/cadres/${h.cadreId}`} className="text-brand-700 hover:underline">
                        {h.name}
                      </Link>
                    ) : (
                      h.name
                    )}
                  </Td>
                  <Td>{genderLabel[h.gender]}</Td>
                  <Td className="tabular-nums">{formatYearMonth(h.birthDate)}</Td>
                  <Td className="text-right tabular-nums" data-testid="holder-age">
                    {h.age}
                  </Td>
                  <Td className="tabular-nums">{formatDate(h.startDate)}</Td>
                  <Td className="whitespace-nowrap">{formatTenure(h.startDate, asOf)}</Td>
                </>
              ) : (
                <Td colSpan={6}>
                  <Badge tone="warn" data-testid="vacancy">
                    ○ 空缺
                  </Badge>
                </Td>
              )}
              {editable ? (
                <Td className="no-print whitespace-nowrap text-sm">
                  {h ? (
                    <Link
                      href={`/units/${unitId}/appointments/${h.appointmentId}/end`}
                      className="mr-3 text-brand-700 hover:underline"
                    >
                      免职
                    </Link>
                  ) : null}
                  {i === 0 && (!h || !p.isLeadership) ? (
                    <Link
                      href={`/units/${unitId}/posts/${p.id}/appoint`}
                      className="mr-3 text-brand-700 hover:underline"
                    >
                      任职
                    </Link>
                  ) : null}
                  {i === 0 ? (
                    <Link href={`/units/${unitId}/posts/${p.id}/edit`} className="text-slate-600 hover:underline">
                      编辑职位
                    </Link>
                  ) : null}
                </Td>
              ) : null}
            </tr>
          ));
        })}
        {posts.length === 0 ? (
          <tr>
            <Td colSpan={editable ? 10 : 9} className="text-center text-slate-500">
              尚未设置职位
            </Td>
          </tr>
        ) : null}
      </tbody>
    </Table>
  );
}

function CrowdRow({ post, unitId, editable }: { post: TeamPost; unitId: string; editable: boolean }) {
  return (
    <tr data-testid="team-row">
      <Td className="font-medium">{post.title}</Td>
      <Td>—</Td>
      <Td>{rankLabel[post.rank]}</Td>
      <Td colSpan={6}>
        <details>
          <summary className="cursor-pointer text-slate-700">
            在岗 {post.holderCount} 人（点击展开
            {post.holderCount > post.holders.length ? `前 ${post.holders.length} 人` : ""}）
          </summary>
          <p className="mt-1 text-xs leading-6 text-slate-600">
            {post.holders.map((h) => `${h.name}（${h.age}岁）`).join("、")}
          </p>
        </details>
      </Td>
      {editable ? (
        <Td className="no-print whitespace-nowrap text-sm">
          <Link href={`/units/${unitId}/posts/${post.id}/appoint`} className="mr-3 text-brand-700 hover:underline">
            任职
          </Link>
          <Link href={`/units/${unitId}/posts/${post.id}/edit`} className="text-slate-600 hover:underline">
            编辑职位
          </Link>
        </Td>
      ) : null}
    </tr>
  );
}
