"use client";
// Recording a held meeting: tick who attended, set each present member's vote on each candidate
// (同意 by default), check the live tally, then record. The server applies NAT-VOTE and moves
// the nominations that passed; the tally here only helps the clerk check what was typed.
import { useState } from "react";
import { recordMeetingAction } from "@/app/(app)/nominations/meetings/actions";
import { useSave } from "@/components/forms/use-save";
import { HydratedButton } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";
import type { VoteChoice } from "@/lib/domain/enums";
import { voteChoiceLabel } from "@/lib/labels";

interface Props {
  id: string;
  version: number;
  members: { id: string; name: string; post: string | null }[];
  items: { itemId: string; nominationVersion: number; name: string }[];
}

const CHOICES = Object.keys(voteChoiceLabel) as VoteChoice[];

export function RecordForm({ id, version, members, items }: Props) {
  const [present, setPresent] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(members.map((m) => [m.id, true])),
  );
  const [votes, setVotes] = useState<Record<string, VoteChoice>>({});
  const a = useSave(recordMeetingAction);
  const choice = (itemId: string, memberId: string) => votes[`${itemId}:${memberId}`] ?? "FOR";
  const attending = members.filter((m) => present[m.id]);
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    a.execute({
      id,
      version,
      present: attending.map((m) => m.id),
      items: items.map((i) => ({ itemId: i.itemId, nominationVersion: i.nominationVersion })),
      votes: items.flatMap((i) =>
        attending.map((m) => ({ itemId: i.itemId, memberId: m.id, choice: choice(i.itemId, m.id) })),
      ),
    });
  }
  return (
    <ClientForm onSubmit={onSubmit} aria-label="记录到会和表决情况">
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="vote-grid">
          <thead>
            <tr className="border-b border-slate-200 text-left">
              <th className="px-2 py-1">成员</th>
              <th className="px-2 py-1">到会</th>
              {items.map((i) => (
                <th key={i.itemId} className="px-2 py-1">
                  {i.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} className="border-b border-slate-100">
                <td className="px-2 py-1">
                  {m.name}
                  {m.post ? <span className="ml-1 text-xs text-slate-500">{m.post}</span> : null}
                </td>
                <td className="px-2 py-1">
                  <input
                    type="checkbox"
                    aria-label={`${m.name}到会`}
                    checked={!!present[m.id]}
                    onChange={(e) => setPresent({ ...present, [m.id]: e.target.checked })}
                  />
                </td>
                {items.map((i) => (
                  <td key={i.itemId} className="px-2 py-1">
                    {present[m.id] ? (
                      <select
                        aria-label={`${m.name}对${i.name}的表决`}
                        value={choice(i.itemId, m.id)}
                        onChange={(e) => setVotes({ ...votes, [`${i.itemId}:${m.id}`]: e.target.value as VoteChoice })}
                        className="rounded border border-slate-300 px-1 py-0.5"
                      >
                        {CHOICES.map((c) => (
                          <option key={c} value={c}>
                            {voteChoiceLabel[c]}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span className="text-slate-400">未到会</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="my-3 space-y-1 text-sm text-slate-700" data-testid="live-tally">
        {items.map((i) => {
          const count = (c: VoteChoice) => attending.filter((m) => choice(i.itemId, m.id) === c).length;
          return (
            <li key={i.itemId}>
              {i.name}：应到{members.length}人，实到{attending.length}人；同意{count("FOR")}票，不同意
              {count("AGAINST")}票，弃权{count("ABSTAIN")}票
            </li>
          );
        })}
      </ul>
      <FormAlert message={a.result.serverError ?? a.err("votes") ?? a.err("present") ?? a.err("items")} />
      {a.saved ? (
        <p role="status" className="mb-3 text-sm text-emerald-700">
          已记录表决结果。
        </p>
      ) : null}
      <HydratedButton
        type="submit"
        disabled={a.isPending}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
      >
        {a.isPending ? "正在记录…" : "记录表决结果"}
      </HydratedButton>
    </ClientForm>
  );
}
