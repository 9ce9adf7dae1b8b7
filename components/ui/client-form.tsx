"use client";
// The <form> of client components. Until React has hydrated the page its controls are disabled
// (a fieldset), because what is typed into a controlled field before hydration never reaches
// its state and an early submit would go out natively (see use-hydrated.ts); the method is POST
// so that even then no field could land in the URL.
import { useHydrated } from "./use-hydrated";

export function ClientForm({ children, method = "post", ...props }: React.ComponentProps<"form">) {
  const hydrated = useHydrated();
  return (
    <form method={method} {...props}>
      <fieldset role="none" disabled={!hydrated} className="contents">
        {children}
      </fieldset>
    </form>
  );
}
