// The settings areas and who may open them (the pages check again on the server).
import type { Role } from "@/lib/domain/enums";
import { can, type Action, type Resource } from "@/lib/authz/permissions";

export interface SettingsSection {
  href: string;
  title: string;
  description: string;
  view: { resource: Resource; action: Action };
  /** who may change things there; others read */
  edit: { resource: Resource; action: Action } | null;
}

export const SETTINGS_SECTIONS: SettingsSection[] = [
  {
    href: "/settings/accounts",
    title: "账号管理",
    description: "创建和停用账号，分配角色与所属单位，重置密码与动态口令。",
    view: { resource: "account", action: "manage" },
    edit: { resource: "account", action: "manage" },
  },
  {
    href: "/settings/policy",
    title: "政策配置",
    description: "选择适用的政策文件，或调整本区参数；版本记录与恢复。",
    view: { resource: "policy", action: "read" },
    edit: { resource: "policy", action: "manage" },
  },
  {
    href: "/settings/calendar",
    title: "工作日历",
    description: "法定节假日与调休上班日，用于计算任前公示等期限。",
    view: { resource: "policy", action: "read" },
    edit: { resource: "settings", action: "manage" },
  },
  {
    href: "/settings/codes",
    title: "代码表",
    description: "民族、政治面貌、学历、学位、单位类型、熟悉领域等。",
    view: { resource: "policy", action: "read" },
    edit: { resource: "settings", action: "manage" },
  },
  {
    href: "/settings/about",
    title: "关于与运行状态",
    description: "版本、数据库与迁移状态、启用中的政策配置、备份。",
    view: { resource: "settings", action: "read" },
    edit: null,
  },
];

export function sectionsFor(role: Role): (SettingsSection & { readOnly: boolean })[] {
  return SETTINGS_SECTIONS.filter((s) => can(role, s.view.resource, s.view.action)).map((s) => ({
    ...s,
    readOnly: !s.edit || !can(role, s.edit.resource, s.edit.action),
  }));
}
