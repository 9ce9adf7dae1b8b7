// The settings areas and who may open them (the pages check again on the server).
import type { Role } from "@/lib/domain/enums";
import { can, type Action, type Resource } from "@/lib/authz/permissions";

export interface SettingsSection {
  href: string;
  title: string;
  description: string;
  view: { resource: Resource; action: Action };
  /** who may change things there (any one of them); others read */
  edit: { resource: Resource; action: Action } | { resource: Resource; action: Action }[] | null;
}

export const SETTINGS_SECTIONS: SettingsSection[] = [
  {
    href: "/settings/accounts",
    title: "账号管理",
    description: "系统管理员创建、停用账号，重置密码；安全管理员授予角色、所属单位与密级，重置动态口令。",
    view: { resource: "account", action: "read" },
    edit: [
      { resource: "account", action: "update" },
      { resource: "role", action: "manage" },
    ],
  },
  {
    href: "/settings/security",
    title: "安全策略",
    description: "动态口令适用范围、长期未使用账号自动停用、密码有效期。",
    view: { resource: "securitySettings", action: "read" },
    edit: { resource: "securitySettings", action: "update" },
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
    readOnly: !s.edit || ![s.edit].flat().some((e) => can(role, e.resource, e.action)),
  }));
}
