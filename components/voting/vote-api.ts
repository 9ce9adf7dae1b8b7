// The voting page's two requests (same-origin JSON; the server answers { ok, value | message }).
import type { VoterCategory } from "@/lib/domain/enums";
import type { BallotView } from "@/lib/voting/ballot-view";
import type { Marks } from "@/lib/voting/choices";

export type Ballot = BallotView;

type Answer<T> = { ok: true; value: T } | { ok: false; message: string };

async function post<T>(path: string, body: unknown): Promise<Answer<T>> {
  try {
    const r = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    return (await r.json()) as Answer<T>;
  } catch {
    return { ok: false, message: "网络连接失败，请检查网络后重试（选票尚未提交）" };
  }
}

export const fetchBallot = (code: string) => post<Ballot>("/vote/ballot", { code });
export const sendBallot = (code: string, category: VoterCategory, marks: Marks) =>
  post<null>("/vote/cast", { code, category, marks });
