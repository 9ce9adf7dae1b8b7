import Link from "next/link";
import { buttonClass, type ButtonVariant } from "./button-class";

// Server-safe entry point: buttonClass and ButtonLink work in server components; Button and
// HydratedButton are client components (hydration-guarded) that server pages may render too.
export { buttonClass } from "./button-class";
export { Button, HydratedButton } from "./action-button";

export function ButtonLink({
  variant = "secondary",
  className = "",
  ...props
}: { variant?: ButtonVariant } & React.ComponentProps<typeof Link>) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
