"use client";
// The question asked before an act that cannot be undone (出库, 免职, 停用账号…): says what will
// happen to whom, and goes on only with an explicit 确认. An in-page dialog (the native <dialog>,
// modal, Esc cancels), not window.confirm, so it reads like the app and can be tested.
import { useEffect, useRef } from "react";
import { buttonClass } from "./button-class";

export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      aria-label={props.title}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
      className="m-auto max-w-md rounded-lg border border-slate-200 p-5 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 className="text-base font-semibold">{props.title}</h2>
      <div className="mt-2 text-sm text-slate-700">{props.children}</div>
      <div className="mt-5 flex justify-end gap-2">
        <button type="button" className={buttonClass("secondary")} onClick={props.onCancel}>
          取消
        </button>
        <button
          type="button"
          className={buttonClass("danger")}
          disabled={props.pending}
          onClick={props.onConfirm}
          autoFocus
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
