// The meeting's papers to print: the 讨论任免名单 (one table), then each candidate's packet — the
// 考察材料 summary recorded at 考察 and the latest annual assessments (the 任免审批表 prints from
// /cadres/print). Opening it is a print (audited with the count and the cadres); who and when on
// every page.
import { notFound } from "next/navigation";
import { PrintWatermark, PrintWatermarkFooter } from "@/components/export/print-watermark";
import { PrintNowButton } from "@/components/print/print-now-button";
import { NotFoundError } from "@/lib/errors/user-facing";
import { formatDateLong } from "@/lib/format/dates";
import { meetingKindLabel, meetingPurposeLabel } from "@/lib/labels";
import { DOCKET_HEADERS, docketLine, docketRow } from "@/lib/meetings/docket";
import { watermarkLine, watermarkText } from "@/lib/print/watermark";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getMeeting, loadPackets } from "@/lib/server/meetings";
import { auditPrintView } from "@/lib/server/print/print-audit";

export const metadata = { title: "打印讨论任免名单" };

export default async function MeetingPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("nomination", "print");
  const { id } = await params;
  const m = await getMeeting(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const lines = m.items.map((i) => docketLine(i.nomination));
  const packets = await loadPackets(
    actor,
    m.items.map((i) => ({ id: i.nominationId, cadreId: i.nomination.cadre.id })),
  );
  await auditPrintView(actor, {
    action: "print.meetingDocket",
    objectType: "Meeting",
    ids: lines.map((l) => l.cadreId),
    detail: { meetingId: m.id },
  });
  const now = new Date();
  const footer = watermarkLine(actor, now, "打印");
  return (
    <div className="pool-roster-print" data-print-ready="true">
      <PrintWatermark text={watermarkText(actor, now)} />
      <div className="no-print mb-4 flex justify-end">
        <PrintNowButton />
      </div>
      <section>
        <h1 className="text-center text-lg font-bold">讨论任免名单</h1>
        <p className="mb-2 text-center text-xs">
          {m.title}（{meetingKindLabel[m.kind]}
          {meetingPurposeLabel[m.purpose]}，{formatDateLong(m.heldOn)}）
        </p>
        <table>
          <thead>
            <tr>
              {DOCKET_HEADERS.map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={l.nominationId}>
                {docketRow(l, i).map((v, k) => (
                  <td key={k}>{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <PrintWatermarkFooter line={footer} />
      </section>
      {lines.map((l) => {
        const p = packets.get(l.nominationId);
        return (
          <section key={l.nominationId} data-testid="packet">
            <h2 className="text-center text-base font-bold">{l.name}同志考察材料（摘要）</h2>
            <p className="mb-2 text-center text-xs">
              {l.unit}
              {l.currentPost ? `，${l.currentPost}` : ""}；拟任：{l.proposedPost}
              {l.proposedRemoval ? `；拟免：${l.proposedRemoval}` : ""}
            </p>
            <table>
              <tbody>
                <tr>
                  <th>考察组成员</th>
                  <td>{p?.investigators || "（未记录）"}</td>
                </tr>
                <tr>
                  <th>考察情况</th>
                  <td className="whitespace-pre-wrap">{p?.findings || "（未记录）"}</td>
                </tr>
                <tr>
                  <th>考察评价</th>
                  <td className="whitespace-pre-wrap">{p?.evaluation || "（未记录）"}</td>
                </tr>
                <tr>
                  <th>近年年度考核</th>
                  <td>{p?.assessments || "（无记录）"}</td>
                </tr>
              </tbody>
            </table>
            <p className="mt-1 text-xs">任免审批表另附（干部名册 → 打印任免审批表）。</p>
            <PrintWatermarkFooter line={footer} />
          </section>
        );
      })}
    </div>
  );
}
