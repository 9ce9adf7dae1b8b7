import { attachment, exportRoute } from "@/lib/server/export/download";
import { internalBaseUrl, renderPdf } from "@/lib/server/print/render-pdf";
import { auditSlipsPrint, getVotingSession, readSlipCodes } from "@/lib/server/voting";
import { UserFacingError } from "@/lib/errors/user-facing";

// GET /voting/[id]/slips-pdf → the slips as PDF (8 per A4 page), rendered by Chromium from
// /voting/[id]/slips as the signed-in user, from any app process and as often as needed until
// voting opens. Audited with the count, never a code (the rendered page writes its own row too).
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return exportRoute(request, "print.votingSlips", "nomination", "transition", async (actor, url) => {
    const s = await getVotingSession(actor, (await params).id);
    const read = await readSlipCodes(actor, s.id);
    if (!read.ok) throw new UserFacingError(read.message);
    const pdf = await renderPdf(`${internalBaseUrl(url)}/voting/${s.id}/slips`, request.headers.get("cookie"));
    await auditSlipsPrint(actor, s.id, "PDF", read.codes.length);
    return attachment(`投票码条（${read.codes.length}张）.pdf`, "application/pdf", pdf);
  });
}
