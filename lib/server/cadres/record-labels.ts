import "server-only";
// Chinese names of the fields of education, appointment and assessment records (conflicts).
export const RECORD_FIELD_LABELS: Record<string, string> = {
  level: "学历", degree: "学位", fullTime: "全日制", school: "毕业院校", major: "专业", startDate: "起始时间",
  graduationDate: "毕业时间", is985: "985", is211: "211", isDoubleFirstClass: "双一流",
  postId: "职位", endDate: "免职时间", endReason: "免职原因", documentNo: "任职文号", note: "备注",
  year: "考核年度", grade: "考核等次",
};
