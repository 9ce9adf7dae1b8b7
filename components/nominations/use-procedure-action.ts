"use client";
// For the procedure's forms (which save through useSave, clearing the form on success): the
// typed values of an uncontrolled form.
export function formValues(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)]));
}
