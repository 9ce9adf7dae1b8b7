"use client";
// The staff's one-click steps on a session: issue codes (then the slips page, once), close,
// and write one name's result to its record.
import { useRouter } from "next/navigation";
import { applyVotingResultAction, closeVotingSessionAction, issueCodesAction } from "@/app/(app)/voting/actions";
import { useSave } from "@/components/forms/use-save";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

export function IssueCodesButton({ id, version, reissue }: { id: string; version: number; reissue: boolean }) {
  const router = useRouter();
  const a = useSave(issueCodesAction, { then: (d) => d && router.push(`/voting/${id}/slips?token=${d.token}`) });
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

export function CloseSessionButton({ id, version }: { id: string; version: number }) {
  const a = useSave(closeVotingSessionAction);
  return (
    <div>
      <FormAlert result={a.result} />
      <Button
        variant="danger"
        disabled={a.isPending}
        onClick={() => {
          if (window.confirm("结束后投票码全部失效，并开始统计结果。确定结束投票吗？")) a.execute({ id, version });
        }}
      >
        结束投票并统计
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
