import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { encode } from "uqr";
import { VotingSlip } from "@/components/voting/voting-slip";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { NotFoundError } from "@/lib/errors/user-facing";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { auditSlipsPrint, getVotingSession, readSlipCodes } from "@/lib/server/voting";
import { votingKindLabel, voterCategoryLabel } from "@/lib/labels";
import { formatCode } from "@/lib/voting/code-format";
import { formatDateTime } from "@/lib/format/dates";

export const metadata = { title: "投票码条" };
export const dynamic = "force-dynamic";

/** The address voters reach: NEXTAUTH_URL when set (production), else this request's host. */
async function publicOrigin(): Promise<string> {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return configured.replace(/\/$/, "");
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host")}`;
}

// The slips of the issued codes, 8 to an A4 page (cut along the dashed lines): the only place
// the plain codes appear. Read from the database (encrypted at rest), so any app process serves
// it, as often as needed, until voting opens; each view is audited. /voting/[id]/slips-pdf
// renders this page to PDF.
export default async function SlipsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("nomination", "transition");
  const { id } = await params;
  const s = await getVotingSession(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const read = await readSlipCodes(actor, s.id);
  if (!read.ok)
    return (
      <div className="space-y-3">
        <p role="alert" className="text-sm text-rose-700" data-testid="slips-gone">
          {read.message}
        </p>
        <ButtonLink href={`/voting/${s.id}`}>返回投票</ButtonLink>
      </div>
    );
  await auditSlipsPrint(actor, s.id, "PAGE", read.codes.length);
  const origin = await publicOrigin();
  return (
    <div data-print-ready="true">
      <div className="no-print mb-4 flex flex-wrap gap-3">
        {/* a plain link: the PDF is an attachment, not a page the client router could fetch */}
        <a href={`/voting/${s.id}/slips-pdf`} className={buttonClass("primary")}>
          下载 PDF
        </a>
        <ButtonLink href={`/voting/${s.id}`}>返回投票</ButtonLink>
        <p className="text-sm text-slate-600">
          共 {read.codes.length} 张。投票开始（{formatDateTime(s.opensAt)}
          或提前开始）时投票码明文即销毁，此后不能再打印；每次打印均记入审计日志。
        </p>
      </div>
      <div className="grid grid-cols-2 bg-white" style={{ width: "186mm" }}>
        {read.codes.map((c) => (
          <VotingSlip
            key={c.code}
            title={s.title}
            kind={votingKindLabel[s.kind]}
            category={voterCategoryLabel[c.category]}
            window={`${formatDateTime(s.opensAt)} 至 ${formatDateTime(s.closesAt)}`}
            code={formatCode(c.code)}
            url={`${origin}/vote`}
            qr={encode(`${origin}/vote#${c.code}`, { ecc: "M" }).data}
          />
        ))}
      </div>
    </div>
  );
}
