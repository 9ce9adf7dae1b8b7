"use client";
import { HydratedButton } from "@/components/ui/button";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <HydratedButton
      type="button"
      className="text-slate-600 hover:underline"
      onClick={() => signOut({ callbackUrl: "/signin" })}
    >
      退出登录
    </HydratedButton>
  );
}
