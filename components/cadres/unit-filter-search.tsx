"use client";
// The roster filter's unit field where there are too many units for a drop-down (a city's or a
// province's thousands): type part of the name or its pinyin initials, pick from the matches.
// The choice travels in the filter form's hidden `unitId`, like the drop-down's value.
import { useAction } from "next-safe-action/hooks";
import { useEffect, useId, useRef, useState } from "react";
import { searchRosterUnitsAction } from "@/app/(app)/cadres/unit-search-actions";

type UnitChoice = { id: string; name: string };

export function UnitFilterSearch({ selected, className }: { selected: UnitChoice | null; className: string }) {
  const [chosen, setChosen] = useState<UnitChoice | null>(selected);
  const [text, setText] = useState(selected?.name ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useAction(searchRosterUnitsAction);
  const listId = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const matches = search.result.data?.units ?? [];

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const typed = (v: string) => {
    setText(v);
    setChosen(null);
    setActive(0);
    setOpen(v.trim().length > 0);
    if (timer.current) clearTimeout(timer.current);
    // one request per pause in typing, not per key
    if (v.trim()) timer.current = setTimeout(() => search.execute({ q: v }), 200);
  };
  const choose = (u: UnitChoice) => {
    setChosen(u);
    setText(u.name);
    setOpen(false);
  };

  return (
    <div className="relative">
      <input type="hidden" name="unitId" value={chosen?.id ?? ""} />
      <input
        role="combobox"
        aria-label="单位"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        value={text}
        placeholder="全部单位（输入名称或拼音首字母）"
        onChange={(e) => typed(e.target.value)}
        // leaving the box without a choice means no unit filter: the box must not show a name
        // the filter does not apply
        onBlur={() =>
          setTimeout(() => {
            setOpen(false);
            if (!chosen) setText("");
          }, 150)
        }
        onKeyDown={(e) => {
          if (!open || !matches.length) return;
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, matches.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter") choose(matches[active]);
          else if (e.key === "Escape") setOpen(false);
          else return;
          e.preventDefault();
        }}
        className={`${className} w-56`}
      />
      {open ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="匹配的单位"
          className="absolute z-20 mt-1 max-h-64 w-72 overflow-y-auto rounded-md border border-slate-200 bg-white text-sm shadow-lg"
        >
          {search.isPending && !matches.length ? <li className="px-3 py-2 text-slate-500">正在查找…</li> : null}
          {!search.isPending && search.hasSucceeded && !matches.length ? (
            <li className="px-3 py-2 text-slate-500">没有名称或拼音匹配的单位</li>
          ) : null}
          {search.result.serverError ? <li className="px-3 py-2 text-red-600">{search.result.serverError}</li> : null}
          {matches.map((u, i) => (
            <li
              key={u.id}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(u);
              }}
              className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-brand-50" : ""}`}
            >
              {u.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
