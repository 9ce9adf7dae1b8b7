"use client";
// The voter's three steps on a phone: the code (typed, or from the QR code's #fragment), the
// ballot within its limits, a confirmation. The code leaves the address bar at once.
import { useEffect, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";
import { ballotChoiceLabel } from "@/lib/labels";
import { choicesFor, withMark, type BallotChoice, type Marks } from "@/lib/voting/choices";
import { BallotChoices } from "./ballot-choices";
import { fetchBallot, sendBallot, type Ballot } from "./vote-api";

type Step = "code" | "ballot" | "confirm" | "done";

export function VoteForm() {
  const [step, setStep] = useState<Step>("code");
  const [code, setCode] = useState("");
  const [ballot, setBallot] = useState<Ballot | null>(null);
  const [marks, setMarks] = useState<Marks>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const fromQr = decodeURIComponent(window.location.hash.slice(1));
    if (fromQr) {
      setCode(fromQr); // eslint-disable-line react-hooks/set-state-in-effect -- read once from the URL
      window.history.replaceState(null, "", window.location.pathname);
    }
  }, []);

  const recommended = Object.values(marks).filter((c) => c === "RECOMMEND").length;
  const tooMany = ballot ? recommended > ballot.maxChoices : false;

  async function open(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await fetchBallot(code);
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setError(null);
    setBallot(r.value);
    setMarks({});
    setStep("ballot");
  }

  async function cast() {
    if (!ballot) return;
    setBusy(true);
    const r = await sendBallot(code, ballot.category, marks);
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setError(null);
    setCode("");
    setStep("done");
  }

  if (step === "done")
    return (
      <div role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-emerald-900">
        <p className="text-lg font-medium">投票成功</p>
        <p className="mt-1 text-sm">您的选票已计入，投票码已失效。感谢参与！</p>
      </div>
    );

  if (step === "code" || !ballot)
    return (
      <form onSubmit={open} noValidate>
        <label htmlFor="code" className="mb-1 block text-base font-medium text-slate-800">
          投票码
        </label>
        <input
          id="code"
          name="code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="例如 ABCD-EFGH-JKMN"
          className="mb-2 w-full rounded-md border border-slate-300 px-3 py-3 font-mono text-lg tracking-wider"
        />
        <p className="mb-4 text-xs text-slate-500">输入投票码条上的 12 位字符（不区分大小写），或用手机扫描二维码。</p>
        <FormAlert message={error} />
        <Button type="submit" disabled={busy || !code.trim()} className="min-h-11 w-full text-base">
          查看选票
        </Button>
      </form>
    );

  const choices = choicesFor(ballot.kind);
  const header = (
    <div className="mb-4 rounded-lg bg-brand-50 p-3 text-sm text-slate-700">
      <p className="text-base font-medium text-slate-900">{ballot.title}</p>
      {ballot.postTitle ? <p>推荐职位：{ballot.postTitle}</p> : null}
      <p>
        您的类别：{ballot.categoryLabel}　截止：{ballot.closesAt}
      </p>
      {choices.includes("RECOMMEND") ? <p>每票最多推荐 {ballot.maxChoices} 人，未选择的视为弃权。</p> : null}
    </div>
  );

  if (step === "confirm")
    return (
      <div>
        {header}
        <h2 className="mb-2 text-base font-medium">请确认您的选择</h2>
        <ul className="mb-4 divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="confirm-list">
          {ballot.candidates.map((c) => (
            <li key={c.id} className="flex justify-between px-3 py-2 text-base">
              <span>{c.label}</span>
              <span className="font-medium">{marks[c.id] ? ballotChoiceLabel[marks[c.id]] : "弃权"}</span>
            </li>
          ))}
        </ul>
        {Object.keys(marks).length === 0 ? (
          <p className="mb-3 text-sm text-amber-800">您未作任何选择，这张选票将计为废票。</p>
        ) : null}
        <FormAlert message={error} />
        <div className="grid grid-cols-2 gap-2">
          <Button variant="secondary" className="min-h-11 text-base" onClick={() => setStep("ballot")} disabled={busy}>
            返回修改
          </Button>
          <Button className="min-h-11 text-base" onClick={cast} disabled={busy}>
            确认投票
          </Button>
        </div>
        <p className="mt-3 text-xs text-slate-500">确认后不能更改；投票码只能使用一次。</p>
      </div>
    );

  return (
    <div>
      {header}
      {ballot.candidates.map((c) => (
        <BallotChoices
          key={c.id}
          id={c.id}
          label={c.label}
          choices={choices}
          value={marks[c.id]}
          onChange={(v: BallotChoice | undefined) => setMarks(withMark(marks, c.id, v))}
        />
      ))}
      {tooMany ? (
        <p role="alert" className="mb-3 text-sm text-rose-700">
          最多可推荐 {ballot.maxChoices} 人，您已推荐 {recommended} 人，请减少后再提交。
        </p>
      ) : null}
      <Button className="min-h-11 w-full text-base" disabled={tooMany} onClick={() => setStep("confirm")}>
        下一步：确认
      </Button>
    </div>
  );
}
