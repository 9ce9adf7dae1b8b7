// Chinese names of a cadre's editable fields (form labels, conflict messages, audit views).
export const CADRE_FIELD_LABELS: Record<string, string> = {
  name: "姓名", gender: "性别", birthDate: "出生日期", idNumber: "身份证号", idNumberCipher: "身份证号", ethnicity: "民族",
  nativePlace: "籍贯", birthplace: "出生地", politicalStatus: "政治面貌", partyJoinDate: "入党时间", democraticParty: "民主党派",
  workStartDate: "参加工作时间", health: "健康状况", professionalTitle: "专业技术职务", expertise: "熟悉专业有何专长",
  familiarDomains: "熟悉领域", rank: "职务层次", rankSince: "任现职务层次时间", grade: "职级", gradeSince: "任现职级时间",
  establishmentType: "编制类型", status: "状态", unitId: "单位", currentPostTitle: "现任职务",
};
