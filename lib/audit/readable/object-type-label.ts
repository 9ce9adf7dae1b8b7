// AuditLog.objectType (a table or a thing such as a page) in Chinese, for 对象 on the audit page.
export const auditObjectTypeLabel: Record<string, string> = {
  Appointment: "任职记录",
  ApprovalForm: "任免审批表",
  Assessment: "年度考核",
  AuditAnchor: "审计锚点",
  AuditLog: "审计日志",
  AuthSession: "登录会话",
  Backup: "数据库备份",
  Cadre: "干部",
  Dashboard: "统计分析",
  DevelopmentPlan: "培养计划",
  EducationRecord: "学历学位",
  FamiliarDomain: "熟悉领域",
  FamilyMember: "家庭成员",
  Meeting: "会议",
  Mentorship: "导师关系",
  Nomination: "推荐",
  Page: "页面",
  PersonalMattersReport: "个人有关事项",
  PolicyProfile: "政策配置",
  PoolEntry: "干部库",
  PoolReview: "年度研判",
  Post: "职位",
  Practice: "实践锻炼",
  RankRecord: "职级任职记录",
  Reminders: "提醒事项",
  Sanction: "处分及组织处理",
  School: "院校代码",
  SecuritySettings: "安全策略",
  StaffingPlan: "模拟调配方案",
  Talk: "谈心谈话",
  Training: "培训",
  TrainingAttendance: "参训记录",
  Unit: "单位",
  User: "账号",
  VotingSession: "民主推荐（测评）",
  WorkingDayOverride: "工作日调整",
};

export function objectTypeLabel(type: string | null): string {
  if (!type) return "";
  return auditObjectTypeLabel[type] ?? "其他对象";
}
