"use client";
// 民主推荐 result fields: method, ballots issued/valid, votes received, date.
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { recommendationMethodLabel } from "@/lib/labels";

export interface RecommendationValues {
  method: string;
  ballotsIssued: string;
  ballotsValid: string;
  votesReceived: string;
  recommendedOn: string;
}

const METHODS = Object.entries(recommendationMethodLabel).map(([value, label]) => ({ value, label }));

export function RecommendationFields({
  initial,
  today,
  recommendedOn,
  onDateChange,
  err,
}: {
  initial?: Partial<RecommendationValues>;
  today: string;
  /** controlled when the caller re-runs checks on the date; otherwise uncontrolled */
  recommendedOn?: string;
  onDateChange?: (v: string) => void;
  err: (field: string) => string | undefined;
}) {
  const date = onDateChange
    ? { value: recommendedOn, onChange: (e: React.ChangeEvent<HTMLInputElement>) => onDateChange(e.target.value) }
    : { defaultValue: initial?.recommendedOn };
  return (
    <>
      <SelectField
        id="method"
        label="推荐方式"
        options={METHODS}
        placeholder="请选择"
        defaultValue={initial?.method ?? ""}
        error={err("method")}
      />
      <div className="grid grid-cols-3 gap-3">
        <Field
          id="ballotsIssued"
          label="发出票数"
          type="number"
          min={1}
          inputMode="numeric"
          defaultValue={initial?.ballotsIssued}
          error={err("ballotsIssued")}
        />
        <Field
          id="ballotsValid"
          label="有效票数"
          type="number"
          min={0}
          inputMode="numeric"
          defaultValue={initial?.ballotsValid}
          error={err("ballotsValid")}
        />
        <Field
          id="votesReceived"
          label="得票数"
          type="number"
          min={0}
          inputMode="numeric"
          defaultValue={initial?.votesReceived}
          error={err("votesReceived")}
        />
      </div>
      <Field id="recommendedOn" label="推荐日期" type="date" max={today} {...date} error={err("recommendedOn")} />
    </>
  );
}
