import type { Role } from "@/lib/domain/enums";
import { can, type Action, type Resource } from "@/lib/authz/permissions";
import { SETTINGS_SECTIONS } from "@/lib/settings/sections";

type Need = { resource: Resource; action: Action };

export interface NavItem {
  href: string;
  label: string;
  /** shown only to roles the permission table allows (the page itself checks again) */
  needs: Need | Need[] | null;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "首页", needs: null },
  { href: "/pool", label: "干部库", needs: { resource: "pool", action: "read" } },
  { href: "/cadres", label: "干部名册", needs: { resource: "cadre", action: "read" } },
  { href: "/nominations", label: "推荐", needs: { resource: "nomination", action: "read" } },
  // the department runs sessions; a unit requests them for its own nominations
  {
    href: "/voting",
    label: "民主推荐与测评",
    needs: [
      { resource: "nomination", action: "transition" },
      { resource: "nomination", action: "create" },
    ],
  },
  { href: "/training", label: "培训与实践", needs: { resource: "development", action: "read" } },
  { href: "/units", label: "单位与班子", needs: { resource: "unit", action: "read" } },
  { href: "/import", label: "导入导出", needs: { resource: "cadre", action: "import" } },
  { href: "/dashboard", label: "看板", needs: { resource: "dashboard", action: "read" } },
  { href: "/reports", label: "统计报表", needs: { resource: "dashboard", action: "read" } },
  { href: "/plans", label: "模拟调配", needs: { resource: "staffingPlan", action: "read" } },
  // the settings landing page opens for anyone who may see one of its sections
  { href: "/settings", label: "设置", needs: SETTINGS_SECTIONS.map((s) => s.view) },
  { href: "/audit", label: "审计日志", needs: { resource: "audit", action: "read" } },
];

/** Whether the role may open the item's page (any one of its needs suffices). */
export function navAllowed(role: Role, item: NavItem): boolean {
  if (!item.needs) return true;
  const needs = Array.isArray(item.needs) ? item.needs : [item.needs];
  return needs.some((n) => can(role, n.resource, n.action));
}
