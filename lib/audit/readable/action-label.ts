// The Chinese name of every audit action (AuditLog.action, e.g. "appointment.end" → 免职), so an
// auditor reads 操作 as staff speak, not the code. Codes keep their place in the row (a title
// and the export's last columns) for whoever follows one into the source.
//
// Most actions are "<object>.<verb>"; those built from an object and a verb (the record editors
// write `${object}.create|update|archive`) are named by composition, the rest exactly.

const EXACT: Record<string, string> = {
  "approvalForm.fill": "按推荐填写任免审批表",
  "approvalForm.save": "修改任免审批表",
  "auth.signin": "登录",
  "auth.signin.failed": "登录失败",
  "auth.signout": "退出登录",
  "auth.stepUp": "动态口令二次验证",
  "account.autoDisable": "长期未使用，自动停用账号",
  "account.changePassword": "修改密码",
  "account.create": "创建账号",
  "account.disable": "停用账号",
  "account.enable": "启用账号",
  "account.enrollTotp": "绑定动态口令",
  "account.expiry": "设置账号有效期",
  "account.grant": "授予角色、范围与密级",
  "account.recusal": "登记回避关系",
  "account.resetPassword": "重置密码",
  "account.resetTotp": "重置动态口令",
  "appointment.create": "任职",
  "appointment.update": "修改任职记录",
  "appointment.end": "免职",
  "audit.search": "查询审计日志",
  "audit.anchor": "记录审计日志锚点",
  "audit.verify": "校验审计日志完整性",
  "backup.create": "备份数据库",
  "backup.restore": "恢复数据库",
  "cadre.create": "新增干部",
  "cadre.update": "修改干部信息",
  "cadre.import.lrmx": "导入任免审批表",
  "cadre.import.roster": "导入花名册",
  "calendar.addOverride": "调整工作日",
  "calendar.removeOverride": "撤销工作日调整",
  "codes.addFamiliarDomain": "新增熟悉领域",
  "export.audit": "导出审计日志",
  "export.lrmx": "导出任免审批表文件",
  "export.pool": "导出干部库名册",
  "export.selectionRecord": "导出全程纪实表",
  "meeting.create": "建立会议（酝酿、讨论决定）",
  "meeting.record": "登记会议表决结果",
  "export.reminders": "导出提醒事项",
  "export.roster": "导出干部花名册",
  "mentorship.create": "确定培养导师",
  "mentorship.end": "结束导师关系",
  "mentorship.feedback": "记录导师反馈",
  "nomination.create": "动议推荐",
  "nomination.advance": "推进选拔程序",
  "nomination.close": "办结推荐",
  "nomination.reject": "推荐不予通过",
  "nomination.withdraw": "撤回推荐",
  "nomination.return": "退回单位修改",
  "nomination.resubmit": "重新报送推荐",
  "nomination.objection": "登记公示异议",
  "nomination.objection.record": "登记公示异议",
  "nomination.objection.resolve": "办结公示异议",
  "nomination.renewRecommendation": "重新民主推荐",
  "nomination.proposal.save": "修改拟任拟免职务与任免理由",
  "nomination.recommendation.renew": "重新民主推荐",
  "page.denied": "拒绝访问页面",
  "plan.create": "制定培养计划",
  "policy.activate": "启用政策配置",
  "pool.enter": "入库",
  "pool.exit": "出库",
  "pool.review": "年度研判",
  "print.cadreForm": "打印任免审批表",
  "print.dashboard": "打印统计分析",
  "print.lrmx": "导出任免审批表文件",
  "print.meetingDocket": "打印讨论任免名单",
  "print.selectionRecord": "打印全程纪实表",
  "print.votingSlips": "打印投票码",
  "print.pool": "打印干部库名册",
  "read.denied": "拒绝读取（无权或不存在）",
  "read.denied.label": "拒绝读取（密级不足）",
  "reveal.idNumber": "查看完整身份证号",
  "staffingPlan.create": "新建模拟调配方案",
  "staffingPlan.rename": "修改调配方案名称",
  "staffingPlan.share": "设置调配方案共享",
  "staffingPlan.archive": "归档调配方案",
  "staffingPlan.move.add": "调配方案添加调整",
  "staffingPlan.move.remove": "调配方案移除调整",
  "staffingPlan.convert": "调配方案转为动议",
  "staffingPlan.searchCadres": "调配方案检索干部",
  "staffingPlan.searchPosts": "调配方案检索职位",
  "school.recompute": "按院校代码表重算学历的985/211/双一流标记",
  "settings.security": "修改安全策略",
  "training.attendee.add": "添加参训人员",
  "training.attendee.update": "修改参训记录",
  "voting.ballot.cast": "投票",
  "voting.code.refused": "投票码被拒绝",
  "voting.codes.issue": "生成投票码",
  "voting.result.apply": "将推荐结果计入推荐记录",
  "voting.session.close": "结束投票",
  "voting.session.create": "建立民主推荐（测评）",
};

/** What each object of a composed action is called (the first segment of the code). */
export const AUDIT_OBJECT_WORD: Record<string, string> = {
  account: "账号",
  appointment: "任职记录",
  assessment: "年度考核",
  approvalForm: "任免审批表",
  cadre: "干部信息",
  education: "学历学位",
  family: "家庭成员",
  meeting: "会议",
  mentorship: "导师关系",
  nomination: "推荐",
  personalMatters: "个人有关事项",
  plan: "培养计划",
  policy: "政策配置",
  pool: "干部库",
  post: "职位",
  practice: "实践锻炼",
  rankRecord: "职级任职记录",
  sanction: "处分及组织处理",
  talk: "谈心谈话",
  training: "培训",
  unit: "单位",
  voting: "民主推荐（测评）",
  school: "院校代码",
};

const VERB: Record<string, string> = {
  create: "新增",
  update: "修改",
  archive: "作废",
  save: "保存",
  end: "结束",
  restore: "恢复",
};

/** 操作 as the audit page and its export show it; an action no table names says so in Chinese. */
export function auditActionLabel(action: string): string {
  const exact = EXACT[action];
  if (exact) return exact;
  const parts = action.split(".");
  const object = AUDIT_OBJECT_WORD[parts[0]];
  const verb = VERB[parts[parts.length - 1]];
  if (object && verb && parts.length === 2) return `${verb}${object}`;
  return object ? `${object}相关操作` : "其他操作";
}

/** Every exactly named action, for the filter's choices (label order as written above). */
export function namedAuditActions(): { value: string; label: string }[] {
  return Object.entries(EXACT).map(([value, label]) => ({ value, label }));
}
