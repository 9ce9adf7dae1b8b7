// The message of a failed save that belongs to no single field (a conflict, a refusal, an
// unexpected error with its reference id): the one alert of every form. Given an action's
// result it shows the server's message or the form-level validation error.
import { formErrorOf } from "@/components/forms/field-errors";

export function FormAlert({
  message,
  result,
}: {
  message?: string | null;
  result?: { serverError?: string; validationErrors?: unknown };
}) {
  const text = message ?? (result ? formErrorOf(result) : undefined);
  if (!text) return null;
  return (
    <p role="alert" className="mb-4 rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-800">
      <span aria-hidden="true" className="mr-1 font-bold">
        !
      </span>
      {text}
    </p>
  );
}
