// What the department's staff may do with a running session, by its state: issue codes and
// print the slips (until voting opens), open voting now, destroy the slips' plain codes, close.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { IssueCodesButton, SessionStepButton } from "./session-buttons";

export function SessionSteps(props: {
  id: string;
  version: number;
  talks: boolean;
  opened: boolean;
  issued: boolean;
  cast: boolean;
  slipsStored: boolean;
}) {
  const { id, version, talks, opened, issued, cast, slipsStored } = props;
  return (
    <div className="mt-4 flex flex-wrap gap-3">
      {!talks && !cast && !opened ? <IssueCodesButton id={id} version={version} reissue={issued} /> : null}
      {!talks && slipsStored && !opened ? (
        <Link href={`/voting/${id}/slips`} className={buttonClass("secondary")}>
          打印投票码条
        </Link>
      ) : null}
      {!talks && slipsStored && !opened ? <SessionStepButton step="destroy" id={id} version={version} /> : null}
      {!opened && (talks || issued) ? <SessionStepButton step="open" id={id} version={version} /> : null}
      {opened && (talks || issued) ? <SessionStepButton step="close" id={id} version={version} /> : null}
    </div>
  );
}
