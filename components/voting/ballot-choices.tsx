"use client";
// One name on the ballot with its choices as large touch targets (a radio group per name);
// tapping the chosen option again clears it (弃权).
import { ballotChoiceLabel } from "@/lib/labels";
import type { BallotChoice } from "@/lib/voting/choices";

export function BallotChoices({
  id,
  label,
  choices,
  value,
  onChange,
}: {
  id: string;
  label: string;
  choices: readonly BallotChoice[];
  value: BallotChoice | undefined;
  onChange: (v: BallotChoice | undefined) => void;
}) {
  return (
    <fieldset className="mb-3 rounded-lg border border-slate-200 p-3" data-testid="ballot-name">
      <legend className="px-1 text-base font-medium text-slate-900">{label}</legend>
      <div role="radiogroup" aria-label={label} className="grid grid-cols-2 gap-2">
        {choices.map((c) => {
          const on = value === c;
          return (
            <button
              key={c}
              type="button"
              role="radio"
              aria-checked={on}
              onClick={() => onChange(on ? undefined : c)}
              className={`min-h-11 rounded-md border px-2 text-base ${
                on ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-800"
              }`}
              data-choice={`${id}:${c}`}
            >
              {ballotChoiceLabel[c]}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
