// The 帮助 page of each area (issue 24 item 6): what the area is for, the usual steps, and the
// policy rules it applies (their text and source come from the rule catalogue, lib/rules). Pure
// data: app/(app)/help renders it, the app shell links the area of the page being read.
import type { RuleId } from "@/lib/rules/registry/rule-ids";

export interface HelpArea {
  key: string;
  title: string;
  /** the paths this help belongs to (the first segment of the page's address) */
  paths: string[];
  purpose: string;
  steps: string[];
  /** conventions of the fields (出生年月 1988.05, 周岁 …) */
  conventions?: string[];
  rules: RuleId[];
}

export const HELP_AREAS: HelpArea[] = [
  {
    key: "pool",
    title: "干部库",
    paths: ["pool"],
    purpose:
      "管理区委直接掌握的优秀年轻干部：入库资格研判、入库、年度研判、出库，以及库的结构（性别、民族、党外、熟悉领域）是否达到目标。",
    steps: [
      "在“干部库 → 入库”中查找干部，选择层级（正处级、副处级、科级）和入库日期，系统逐条列出入库条件的研判结果及所依据的规则。",
      "有“不符合”（硬性条件）的不能入库；只有“提示”的，须写明仍予入库的理由，经部务会研究后确认入库。",
      "每年对在库干部进行一次年度研判，结论为继续培养、调整层级或出库；出库须选择原因，出库后不能撤销。",
      "“结构报告”显示库的规模和结构与目标的差距，点击数字可查看对应人员。",
    ],
    conventions: ["年龄按周岁计算，截至入库日期或所选的统计日期。", "出生年月写作 1988.05。"],
    rules: [
      "D20-POOL-SIZE",
      "D20-POOL-WOMEN",
      "D20-AGE-KJ",
      "D20-AGE-FC",
      "D20-AGE-ZC",
      "D20-EDU",
      "D20-TIER-RANK",
      "D20-REVIEW-ANNUAL",
      "ZZ15-EXCL",
    ],
  },
  {
    key: "cadres",
    title: "干部名册与档案",
    paths: ["cadres"],
    purpose:
      "干部的基本信息、学历学位、任职经历、职级、年度考核、奖惩、家庭成员和个人有关事项，以及干部任免审批表的打印与导出。",
    steps: [
      "在名册中按单位、性别、年龄、学历等筛选，或输入姓名拼音首字母（如 zs）查找。",
      "打开干部档案，按分区编辑；保存时如他人已修改同一记录，系统会提示并保留您输入的内容。",
      "任职、免职在“单位与班子”的职位上办理，档案中的现任职务随之更新；录入以后日期的任职，到期自动生效。",
      "打印任免审批表或导出 LRMX 文件；导出完整身份证号须说明用途并通过动态口令二次验证。",
    ],
    conventions: [
      "出生年月、入党时间、参加工作时间写作 1988.05。",
      "年龄按周岁计算。",
      "记录录入错误时作废，不删除，留有痕迹。",
    ],
    rules: ["D20-EDU", "D20-XFER-985", "ZZ15-PMR", "NAT-EDU"],
  },
  {
    key: "nominations",
    title: "推荐与选拔程序",
    paths: ["nominations"],
    purpose:
      "单位党组织推荐优秀年轻干部人选，组织部按动议、民主推荐、考察、酝酿、讨论决定、公示、任职七个步骤办理，每一步留下记录。",
    steps: [
      "单位在“推荐 → 新建推荐”中选择人选、层级，填写推荐方式和票数（发出、收回、有效、得票），系统校验票数关系与推荐的有效期。",
      "组织部逐步推进：考察时记录考察组成员和考察意见；讨论决定时记录会议应到、实到人数和表决结果。",
      "公示期按工作日计算（节假日按工作日历调整），期满无异议后办理任职（入库）；有异议的先登记并办结。",
      "不符合条件的可退回单位修改，或不予通过；已办结的推荐保留全部记录。",
    ],
    rules: ["ZZ15-PROCESS", "ZZ15-REC-VALID", "ZZ15-EXCL", "NAT-PUBLICITY"],
  },
  {
    key: "voting",
    title: "网上民主推荐与测评",
    paths: ["voting", "vote"],
    purpose:
      "在网上组织民主推荐和民主测评：按投票人类别发放一次性投票码，投票人用手机匿名投票，结束后计票并计入推荐记录。",
    steps: [
      "新建推荐（测评）：选择类别、推荐职位或测评对象、每人可推荐人数、投票人类别及人数和投票起止时间。",
      "生成投票码并打印投票码条（每张含短码和二维码），按类别当场分发；投票码与投票人不对应，只能使用一次。",
      "投票期间查看各类别的投票率；结束后查看每名人选的得票（原始票数和加权结果）及有效、无效票。",
      "一键将结果计入推荐记录（推荐方式、发出、有效、得票、推荐日期）；民主测评结果低于政策配置的标准时，记入“群众公认度不高”。",
    ],
    rules: ["ZZ15-PROCESS", "ZZ15-REC-VALID", "ZZ15-EXCL"],
  },
  {
    key: "training",
    title: "培训与实践锻炼",
    paths: ["training"],
    purpose: "在库干部的培训、实践锻炼、导师帮带、谈心谈话和培养计划，以及学时和政治训练是否达到要求的提醒。",
    steps: [
      "新建培训班，添加参训人员并登记学时和结业情况。",
      "为在库干部安排实践锻炼（挂职、驻村、信访等），登记接收单位和考核评价。",
      "确定培养导师并定期记录反馈；记录谈心谈话。",
      "在“培养计划”中为在库干部制定计划和目标，逐项登记完成情况。",
    ],
    rules: ["D20-TRAIN-KJ", "D20-PRACTICE", "WS-POLITICAL-TRAINING", "WS-TRAIN-HOURS", "WS-MENTOR", "WS-PLAN"],
  },
  {
    key: "units",
    title: "单位与班子",
    paths: ["units"],
    purpose: "单位、职位和领导班子：职数、任职和免职，以及班子中年轻干部的配备情况。",
    steps: [
      "在单位页面维护职位（名称、职务层次、是否领导职位、正职）。",
      "在职位上办理任职：系统列出人选是否符合任职条件；硬性条件不符合而确需任用的，须写明破格理由。",
      "办理免职（离任）时选择离任方式和日期。",
      "班子页面显示年轻干部配备、职数和空缺。",
    ],
    rules: ["D20-ST-STREET-40", "D20-ST-STREET-35", "D20-ST-UNIT-40", "ZZ15-ROT-POST", "NAT-STEP-DEPUTY"],
  },
  {
    key: "dashboard",
    title: "看板",
    paths: ["dashboard"],
    purpose: "全区（或本单位）优秀年轻干部队伍的结构和各项配备目标的达成情况，可选任意统计日期。",
    steps: [
      "选择统计日期，查看各项目标的要求数、实有数和差距；红色为未达标。",
      "点击数字查看其后的人员名单，并可进入干部档案。",
      "打印看板时，每页带有打印人和时间的水印。",
    ],
    rules: ["D20-POOL-WOMEN", "D20-POOL-MINORITY", "D20-POOL-NONPARTY", "D20-ST-STREET-40", "D20-ST-NEWPROMO"],
  },
  {
    key: "plans",
    title: "模拟调配",
    paths: ["plans"],
    purpose:
      "组织部在方案中试排干部调整（拟任、对调、免职），即时看到涉及班子的结构、全区配备目标和每名拟任人选任职资格的变化；方案只在内存中推演，不改变任何实际记录。单位和领导账号看不到方案。",
    steps: [
      "新建方案，填写名称和调配基准日期（按该日的任职情况推演）。",
      "添加调整：拟任——检索干部，再检索职位（显示现任人员或“空缺”）；对调——选两个职位，现任人员互换；免职——选职位，免去现任人员。",
      "每加一项，页面列出配备目标调配前后的数值（有变化的行标黄并注明新增或不再计入的单位、职位），涉及班子的职数、人数、空缺和年龄结构，以及拟任人选的各项资格审查结论（注明规则编号，硬性条件不符合标红）。",
      "方案默认仅本人可见，可共享给组织部其他同志；两个方案可并排比较。",
      "确定后“转为动议”：每名拟任（免）人员建立一条处于“动议”环节的推荐，按正常程序继续办理；方案随即锁定。方案只归档，不删除；每项修改都记入审计日志。",
    ],
    rules: ["D20-ST-STREET-40", "D20-ST-STREET-35", "D20-ST-UNIT-40", "D20-AGE-FC", "ZZ15-EXCL"],
  },
  {
    key: "import",
    title: "导入导出",
    paths: ["import"],
    purpose: "批量导入干部花名册（Excel）和干部任免审批表文件（LRMX、LRM），导出名册与任免审批表。",
    steps: [
      "下载花名册模板，按模板填写后上传；系统先试导入，逐行列出错误和将要新增、更新的记录。",
      "核对无误后确认导入；出错的行不会写入。",
      "任免审批表文件按身份证号匹配已有干部，不按姓名匹配。",
    ],
    conventions: ["文件不超过 20 MB，花名册不超过 10 MB。", "日期可写作 198805、1988.05 或 1988.05.03。"],
    rules: [],
  },
  {
    key: "audit",
    title: "审计日志",
    paths: ["audit"],
    purpose: "安全审计员查看所有登录、写操作、导出、打印、查看完整身份证号和被拒绝的访问；日志只可追加，不可修改。",
    steps: [
      "按时间、操作人、操作、涉及对象（干部姓名、账号或单位）和结果查询；点击会话或请求编号可查看同一会话、同一请求的全部记录。",
      "点击“校验日志完整性”逐条核对密钥哈希链和离机锚点。",
      "导出 Excel 留存；查询和导出本身也记入日志。",
    ],
    rules: [],
  },
  {
    key: "settings",
    title: "设置",
    paths: ["settings", "account"],
    purpose: "账号与授权（三员分立）、安全策略、政策配置、工作日历和代码表。",
    steps: [
      "系统管理员创建账号并打印开户通知；安全管理员授予角色、管理范围和密级。",
      "本人首次登录后修改一次性密码，并绑定动态口令。",
      "政策配置决定各项规则的参数和目标；修改后须启用才生效，历次版本保留。",
    ],
    rules: [],
  },
];

/** The help area of a page's path (its first segment), or null for the home page. */
export function helpAreaOf(pathname: string): HelpArea | null {
  const first = pathname.split("/").filter(Boolean)[0];
  return HELP_AREAS.find((a) => first && a.paths.includes(first)) ?? null;
}
