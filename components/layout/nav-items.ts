export interface NavItem {
  href: string;
  label: string;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "首页" },
  { href: "/pool", label: "干部库" },
  { href: "/cadres", label: "干部名册" },
  { href: "/nominations", label: "推荐" },
  { href: "/training", label: "培训与实践" },
  { href: "/units", label: "单位与班子" },
  { href: "/dashboard", label: "看板" },
  { href: "/settings", label: "设置" },
];
