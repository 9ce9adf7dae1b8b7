"use client";
// Whether React has taken over the page. Until then, a control whose behaviour is JavaScript
// does nothing when clicked (the click is lost), and a form with an onSubmit handler falls back
// to a native GET submission that puts its fields — a password, a 身份证号 — into the URL, the
// browser history and the proxy's access log. Such controls stay disabled until this is true.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
