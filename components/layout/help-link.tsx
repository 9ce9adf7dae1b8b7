"use client";
// 帮助 beside every page: opens the help of the area being read (or the index on the home page).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { helpAreaOf } from "@/lib/help/areas";

export function HelpLink() {
  const area = helpAreaOf(usePathname() ?? "/");
  return (
    <Link
      href={area ? `/help/${area.key}` : "/help"}
      className="no-print text-sm text-brand-700 hover:underline"
      data-testid="help-link"
      title={area ? `${area.title}的用途、步骤和所依据的规定` : "各功能区的帮助"}
    >
      帮助{area ? `：${area.title}` : ""}
    </Link>
  );
}
