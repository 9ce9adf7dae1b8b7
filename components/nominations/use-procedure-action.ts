"use client";
// For the procedure's forms: on success the form is cleared and the page re-read; errors (a
// clash with a colleague, a failed check) stay on screen with what the user typed.
import { useRouter } from "next/navigation";
import { useRef } from "react";

export function useRefreshOnSuccess() {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const onSuccess = () => {
    formRef.current?.reset();
    router.refresh();
  };
  return { formRef, onSuccess };
}

export function formValues(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)]));
}
