import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { encode } from "uqr";
import { VotingSlip } from "@/components/voting/voting-slip";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { NotFoundError } from "@/lib/errors/user-facing";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getVotingSession, readSlips } from "@/lib/server/voting";
import { votingKindLabel, voterCategoryLabel } from "@/lib/labels";
import { formatCode } from "@/lib/voting/code-format";
import { formatDateTime } from "@/lib/format/dates";

export const metadata = { title: "投票码条" };

/** The address voters reach: NEXTAUTH_URL when set (production), else this request's host. */
async function publicOrigin(): Promise<string> {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return configured.replace(/\/$/, "");
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host")}`;
}

// The slips of freshly issued codes, 8 to an A4 page (cut along the dashed lines): the only
// place the plain codes ever appear. Opened once after issuing (token in memory, 30 minutes);
// /voting/[id]/slips-pdf renders this page to PDF.
export default async function SlipsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ token?: string }>;
}) {
  const actor = await requirePermission("nomination", "transition");
  const { id } = await params;
  const { token = "" } = await searchParams;
  const s = await getVotingSession(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const codes = readSlips(token, actor.userId, s.id);
  if (!codes)
    return (
      <p role="alert" className="text-sm text-rose-700">
        投票码条已失效（只在生成后 30
        分钟内、由生成人查看）。如需重新打印，请在投票页面重新生成投票码（原投票码全部作废）。
      </p>
    );
  const origin = await publicOrigin();
  return (
    <div data-print-ready="true">
      <div className="no-print mb-4 flex gap-3">
        {/* a plain link: the PDF is an attachment, not a page the client router could fetch */}
        <a href={`/voting/${s.id}/slips-pdf?token=${encodeURIComponent(token)}`} className={buttonClass("primary")}>
          下载 PDF
        </a>
        <ButtonLink href={`/voting/${s.id}`}>返回投票</ButtonLink>
        <p className="text-sm text-slate-600">共 {codes.length} 张。投票码只在此显示一次，请立即下载或打印。</p>
      </div>
      <div className="grid grid-cols-2 bg-white" style={{ width: "186mm" }}>
        {codes.map((c) => (
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
