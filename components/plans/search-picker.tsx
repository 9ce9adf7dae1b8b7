"use client";
// Picks one option found by a server search (cadres by name, posts by unit or title): type,
// 检索 (or Enter), choose; the choice shows with 更换. The error beside it is the field's.
import { useState } from "react";
import { Button, HydratedButton } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

export interface PickerOption {
  id: string;
  label: string;
  detail?: string;
}

export function SearchPicker(props: {
  id: string;
  label: string;
  placeholder: string;
  value: PickerOption | null;
  onChange: (o: PickerOption | null) => void;
  search: (q: string) => void;
  options: PickerOption[] | undefined;
  pending: boolean;
  serverError?: string;
  error?: string;
}) {
  const [q, setQ] = useState("");
  const errorLine = props.error ? (
    <p id={`${props.id}-error`} role="alert" className="mt-1 text-xs text-red-600">
      {props.error}
    </p>
  ) : null;
  if (props.value) {
    return (
      <div className="mb-3">
        <span className="mb-1 block text-sm font-medium text-slate-700">{props.label}</span>
        <div
          className="flex items-center gap-3 rounded-md border border-slate-300 bg-slate-50 px-3 py-1.5 text-sm"
          data-testid={`${props.id}-chosen`}
        >
          <span className="font-medium">{props.value.label}</span>
          {props.value.detail ? <span className="text-slate-600">{props.value.detail}</span> : null}
          <Button variant="ghost" className="ml-auto" onClick={() => props.onChange(null)}>
            更换
          </Button>
        </div>
        {errorLine}
      </div>
    );
  }
  return (
    <div className="mb-3">
      <label htmlFor={props.id} className="mb-1 block text-sm font-medium text-slate-700">
        {props.label}
      </label>
      <div className="flex gap-2">
        <input
          id={props.id}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              props.search(q);
            }
          }}
          placeholder={props.placeholder}
          aria-invalid={props.error ? true : undefined}
          className={`w-full rounded-md border px-3 py-1.5 text-sm ${props.error ? "border-red-500" : "border-slate-300"}`}
        />
        <Button variant="secondary" onClick={() => props.search(q)} disabled={props.pending}>
          检索
        </Button>
      </div>
      {errorLine}
      <FormAlert message={props.serverError} />
      {props.options ? (
        props.options.length ? (
          <ul
            className="mt-1 max-h-56 overflow-y-auto rounded-md border border-slate-200"
            aria-label={`${props.label}检索结果`}
          >
            {props.options.map((o) => (
              <li key={o.id}>
                <HydratedButton
                  onClick={() => props.onChange(o)}
                  className="flex w-full gap-3 px-3 py-1.5 text-left text-sm hover:bg-brand-50"
                >
                  <span className="font-medium">{o.label}</span>
                  {o.detail ? <span className="text-slate-600">{o.detail}</span> : null}
                </HydratedButton>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-600">没有找到符合条件的记录。</p>
        )
      ) : null}
    </div>
  );
}
