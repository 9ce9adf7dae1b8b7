"use client";
// Buttons of client components: disabled until hydrated (see use-hydrated.ts), so an early
// click waits for a page that can handle it instead of vanishing or submitting natively.
import { buttonClass, type ButtonVariant } from "./button-class";
import { useHydrated } from "./use-hydrated";

type Props = React.ButtonHTMLAttributes<HTMLButtonElement>;

/** A button with its own styling (submit buttons of client forms, toggles, links styled as text). */
export function HydratedButton({ disabled, type = "button", ...props }: Props) {
  const hydrated = useHydrated();
  return <button type={type} disabled={!hydrated || disabled} {...props} />;
}

/** The styled button. */
export function Button({ variant = "primary", className = "", ...props }: { variant?: ButtonVariant } & Props) {
  return <HydratedButton className={buttonClass(variant, className)} {...props} />;
}
