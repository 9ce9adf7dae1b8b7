import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { attachment, exportRoute } from "@/lib/server/export/download";
import { internalBaseUrl, renderPdf } from "@/lib/server/print/render-pdf";
import { getVotingSession, readSlips } from "@/lib/server/voting";
import { UserFacingError } from "@/lib/errors/user-facing";

// GET /voting/[id]/slips-pdf?token=… → the freshly issued slips as PDF (8 per A4 page), rendered
// by Chromium from /voting/[id]/slips as the signed-in user. Audited with the count, never a code.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return exportRoute(request, "print.votingSlips", "nomination", "transition", async (actor, url) => {
    const s = await getVotingSession(actor, (await params).id);
    const token = url.searchParams.get("token") ?? "";
    const codes = readSlips(token, actor.userId, s.id);
    if (!codes) throw new UserFacingError("投票码条已失效，请重新生成投票码");
    const page = `${internalBaseUrl(url)}/voting/${s.id}/slips?token=${encodeURIComponent(token)}`;
    const pdf = await renderPdf(page, request.headers.get("cookie"));
    await writeAuditStandalone({
      ...auditBy(actor),
      action: "print.votingSlips",
      objectType: "VotingSession",
      objectId: s.id,
      result: "SUCCESS",
      diff: { format: "PDF", count: codes.length },
    });
    return attachment(`投票码条（${codes.length}张）.pdf`, "application/pdf", pdf);
  });
}
