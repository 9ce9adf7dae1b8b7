import { VoteForm } from "@/components/voting/vote-form";

// The public voting page (no account; outside the signed-in (app) group). The QR code on a slip
// opens /vote#CODE: the fragment never reaches the server or its logs; the page reads it.
export const metadata = { title: "民主推荐、测评投票" };
export const dynamic = "force-dynamic";

export default function VotePage() {
  return (
    <main className="mx-auto min-h-screen max-w-md bg-white px-4 py-6">
      <h1 className="text-xl font-semibold text-brand-700">民主推荐、测评投票</h1>
      <p className="mb-5 mt-1 text-sm text-slate-500">无记名投票：投票码不记录投票人，选票与投票码分开保存。</p>
      <VoteForm />
    </main>
  );
}
