"use client";
// The staff's one-click steps on a session: issue codes (then the slips page), open voting now,
// destroy the slips' plain codes, close, and write one name's result to its record.
import { useRouter } from "next/navigation";
import {
  applyVotingResultAction,
  closeVotingSessionAction,
  destroySlipsAction,
  issueCodesAction,
  openVotingNowAction,
} from "@/app/(app)/voting/actions";
import { useSave } from "@/components/forms/use-save";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

export function IssueCodesButton({ id, version, reissue }: { id: string; version: number; reissue: boolean }) {
  const router = useRouter();
  const a = useSave(issueCodesAction, { then: () => router.push(`/voting/${id}/slips`) });
  return (
    <div>
      <FormAlert result={a.result} />
      <Button
        variant={reissue ? "secondary" : "primary"}
        disabled={a.isPending}
        onClick={() => {
          if (!reissue || window.confirm("重新生成后，已打印的投票码全部作废。确定重新生成吗？"))
            a.execute({ id, version });
        }}
      >
        {reissue ? "重新生成投票码" : "生成投票码并打印"}
      </Button>
    </div>
  );
}

// The steps that ask first, by name: what the button says and what it asks.
const STEPS = {
  open: {
    action: openVotingNowAction,
    variant: "primary",
    label: "现在开始投票",
    question: "开始后投票码条不能再打印（投票码明文随即销毁）。确定现在开始投票吗？",
  },
  destroy: {
    action: destroySlipsAction,
    variant: "secondary",
    label: "销毁投票码明文",
    question: "销毁后投票码条不能再打印（已打印的仍然有效）。确定销毁吗？",
  },
  close: {
    action: closeVotingSessionAction,
    variant: "danger",
    label: "结束投票并统计",
    question: "结束后投票码全部失效，并开始统计结果。确定结束投票吗？",
  },
} as const;

/** 现在开始投票, 销毁投票码明文, 结束投票并统计: one click, after a confirmation. */
export function SessionStepButton({ step, id, version }: { step: keyof typeof STEPS; id: string; version: number }) {
  const { action, variant, label, question } = STEPS[step];
  const a = useSave(action);
  return (
    <div>
      <FormAlert result={a.result} />
      <Button
        variant={variant}
        disabled={a.isPending}
        onClick={() => {
          if (window.confirm(question)) a.execute({ id, version });
        }}
      >
        {label}
      </Button>
    </div>
  );
}

export function ApplyResultButton({
  sessionId,
  candidateId,
  version,
  label,
}: {
  sessionId: string;
  candidateId: string;
  version: number;
  label: string;
}) {
  const a = useSave(applyVotingResultAction);
  return (
    <div>
      <FormAlert result={a.result} />
      <Button variant="secondary" disabled={a.isPending} onClick={() => a.execute({ sessionId, candidateId, version })}>
        {label}
      </Button>
    </div>
  );
}
