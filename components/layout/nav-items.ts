import type { Action, Resource } from "@/lib/server/authz/permissions";

export interface NavItem {
  href: string;
  label: string;
  /** shown only to roles the permission table allows (the page itself checks again) */
  needs: { resource: Resource; action: Action } | null;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "首页", needs: null },
  { href: "/pool", label: "干部库", needs: { resource: "pool", action: "read" } },
  { href: "/cadres", label: "干部名册", needs: { resource: "cadre", action: "read" } },
  { href: "/nominations", label: "推荐", needs: { resource: "nomination", action: "read" } },
  { href: "/training", label: "培训与实践", needs: { resource: "development", action: "read" } },
  { href: "/units", label: "单位与班子", needs: { resource: "unit", action: "read" } },
  { href: "/import", label: "导入导出", needs: { resource: "cadre", action: "import" } },
  { href: "/dashboard", label: "看板", needs: { resource: "dashboard", action: "read" } },
  { href: "/settings", label: "设置", needs: { resource: "settings", action: "read" } },
  { href: "/audit", label: "审计日志", needs: { resource: "audit", action: "read" } },
];
