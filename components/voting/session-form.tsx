"use client";
// Setting up a session: kind, window, names on the ballot (the unit's nominations, or the team
// for a 领导班子测评), voters per category. Errors come back beside their fields.
import { useState } from "react";
import { createVotingSessionAction, requestVotingSessionAction } from "@/app/(app)/voting/actions";
import { useSave } from "@/components/forms/use-save";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ClientForm } from "@/components/ui/client-form";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { VotingKind, type NominationStage, type VoterCategory } from "@/lib/domain/enums";
import { nominationStageLabel, voterCategoryLabel, votingKindLabel } from "@/lib/labels";
import { isRecommendation } from "@/lib/voting/choices";

const VOTER_FIELDS: [string, VoterCategory][] = [
  ["votersTeam", "TEAM_MEMBER"],
  ["votersMiddle", "MIDDLE_MANAGER"],
  ["votersOther", "OTHER_CADRE"],
];

export function SessionForm(props: {
  unitId: string;
  unitName: string;
  nominations: { id: string; name: string; stage: NominationStage }[];
  preselected: string[];
  defaults: { opensAt: string; closesAt: string };
  weights: Record<VoterCategory, number>;
  /** a unit's request rather than the department's session */
  request?: boolean;
}) {
  const request = props.request ?? false;
  const [kind, setKind] = useState<VotingKind>("MEETING_RECOMMENDATION");
  // a unit's session is a request the department approves; the department's is ready to run
  const a = useSave(request ? requestVotingSessionAction : createVotingSessionAction, {
    goTo: (d) => (d ? `/voting/${d.id}` : undefined),
  });
  const recommendation = isRecommendation(kind);
  return (
    <ClientForm
      noValidate
      aria-label="新建投票"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const value = (k: string) => String(f.get(k) ?? "");
        a.execute({
          title: value("title"),
          kind,
          unitId: props.unitId,
          postTitle: value("postTitle"),
          maxChoices: recommendation ? value("maxChoices") : "1",
          opensAt: value("opensAt"),
          closesAt: value("closesAt"),
          votersTeam: value("votersTeam"),
          votersMiddle: value("votersMiddle"),
          votersOther: value("votersOther"),
          nominationIds: f.getAll("nominationIds").map(String),
          includeTeam: f.get("includeTeam") === "on",
        } as Parameters<typeof a.execute>[0]);
      }}
    >
      <p className="mb-3 text-sm text-slate-600">单位：{props.unitName}</p>
      <Field id="title" label="名称" error={a.err("title")} placeholder="例如：2026年某街道副科级干部民主推荐" />
      <SelectField
        id="kind"
        label="类别"
        value={kind}
        onChange={(e) => setKind(e.target.value as VotingKind)}
        options={Object.values(VotingKind).map((k) => ({ value: k, label: votingKindLabel[k] }))}
        error={a.err("kind")}
      />
      {recommendation ? (
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field id="postTitle" label="推荐职位" error={a.err("postTitle")} />
          <Field
            id="maxChoices"
            label="每票可推荐人数"
            type="number"
            min={1}
            defaultValue={1}
            error={a.err("maxChoices")}
          />
        </div>
      ) : null}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field
          id="opensAt"
          label="开始时间"
          type="datetime-local"
          defaultValue={props.defaults.opensAt}
          hint={kind === "TALK_RECORD" ? "谈话开始日期" : "投票码条须在开始时间之前打印，到会后可提前开始"}
          error={a.err("opensAt")}
        />
        <Field
          id="closesAt"
          label="结束时间"
          type="datetime-local"
          defaultValue={props.defaults.closesAt}
          error={a.err("closesAt")}
        />
      </div>
      <fieldset className="mb-4">
        <legend className="mb-1 text-sm font-medium text-slate-700">票上人选</legend>
        {!recommendation ? <CheckboxField id="includeTeam" label="领导班子（整体）" /> : null}
        {props.nominations.map((n) => (
          <div key={n.id} className="mb-2 flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              id={`nomination-${n.id}`}
              name="nominationIds"
              value={n.id}
              defaultChecked={props.preselected.includes(n.id)}
              className="h-4 w-4"
            />
            <label htmlFor={`nomination-${n.id}`}>
              {n.name}
              <span className="ml-2 text-xs text-slate-500">{nominationStageLabel[n.stage]}</span>
            </label>
          </div>
        ))}
        {props.nominations.length === 0 ? <p className="text-sm text-slate-500">该单位没有推荐中的人选。</p> : null}
        {a.err("nominationIds") ? (
          <p role="alert" className="text-xs text-red-600">
            {a.err("nominationIds")}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-x-4 sm:grid-cols-3">
        {VOTER_FIELDS.map(([field, c]) => (
          <Field
            key={field}
            id={field}
            label={`${voterCategoryLabel[c]}人数`}
            type="number"
            min={0}
            defaultValue={0}
            hint={`权重 ${props.weights[c]}`}
            error={a.err(field)}
          />
        ))}
      </div>
      <FormAlert result={a.result} />
      <Button type="submit" disabled={a.isPending}>
        {request ? "提交申请" : "创建投票"}
      </Button>
    </ClientForm>
  );
}
