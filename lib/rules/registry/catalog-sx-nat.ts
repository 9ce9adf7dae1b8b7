// shanxi-dunmiao rules (source: shanxi-township-secretaries-dunmiao.txt) and the national
// baseline (《党政领导干部选拔任用工作条例》; verify article numbers before quoting them).
import type { RuleEntry } from "./catalog-types";

const CAND = ["evaluateCandidate"];

export const SX_CATALOG = {
  "SX-UP-SIZE": {
    title: "选拔乡镇书记到省市直单位",
    clause: "“选上来”",
    severity: "soft",
    implementedBy: ["evaluateShanxiProgramme"],
    text: "选拔200名左右乡镇（街道）党（工）委书记到省、市直单位副处长或相当职务层次岗位任职，其中省直单位60名左右，市直单位140名左右。",
  },
  "SX-UP-AGE": {
    title: "选上来：年龄",
    clause: "“选上来”条件",
    severity: "hard",
    implementedBy: CAND,
    text: "乡镇（街道）党（工）委书记到省直单位任职，年龄一般不超过45岁，到市直单位任职的年龄一般不超过50岁。",
  },
  "SX-UP-ELIG": {
    title: "选上来：资格条件",
    clause: "“选上来”条件",
    severity: "hard",
    implementedBy: CAND,
    text: "大学以上文化程度，累计任乡镇（街道）党（工）委书记3年以上，近3年年度考核为称职以上，具有正常履行职责的身体条件。",
  },
  "SX-UP-MAYOR": {
    title: "选上来：特别优秀的乡镇长",
    clause: "“选上来”条件",
    severity: "hard",
    implementedBy: CAND,
    text: "特别优秀的乡镇长（街办主任）也可作为人选，年龄一般不超过40岁，学历为全日制大学本科以上。",
  },
  "SX-DOWN-SIZE": {
    title: "选派年轻干部到乡镇“墩苗”",
    clause: "“派下去”",
    severity: "soft",
    implementedBy: ["evaluateShanxiProgramme"],
    text: "选派500名左右年轻干部到乡镇（街道）任职，其中200名左右担任乡镇（街道）党（工）委书记，300名左右担任乡镇长（街办主任）或乡镇（街道）党（工）委副书记。",
  },
  "SX-DOWN-RANK": {
    title: "派下去：人选职级",
    clause: "“派下去”条件",
    severity: "hard",
    implementedBy: CAND,
    text: "乡镇（街道）党（工）委书记人选一般为正处级、副处级、正科级干部，乡镇长（街办主任）人选一般为副处级、正科级干部，乡镇（街道）党（工）委副书记人选一般为正科级、副科级干部。",
  },
  "SX-DOWN-AGE": {
    title: "派下去：年龄",
    clause: "“派下去”条件",
    severity: "hard",
    implementedBy: CAND,
    text: "处级干部年龄一般在38岁以下，科级干部年龄一般在32岁以下。",
  },
  "SX-DOWN-ELIG": {
    title: "派下去：资格条件",
    clause: "“派下去”条件",
    severity: "hard",
    implementedBy: CAND,
    text: "中共党员，全日制大学本科以上学历，身体健康。",
  },
  "SX-DOWN-REVIEW": {
    title: "墩苗专项考核",
    clause: "跟踪培养三",
    severity: "soft",
    implementedBy: ["practiceReviewDue"],
    text: "选派干部任职2-3年后，进行专项考核，针对性提出下一步培养方向和培养措施，可继续在当地使用，也可回原单位使用；实绩突出、表现优秀的，将提拔重用。",
  },
} satisfies Record<string, RuleEntry>;

export const NAT_CATALOG = {
  "NAT-PUBLICITY": {
    title: "任前公示",
    clause: "第四十一条（引用前请核对条文）",
    severity: "hard",
    implementedBy: ["publicityEnd"],
    text: "实行党政领导干部任职前公示制度，公示期不少于5个工作日。",
  },
  "NAT-PROBATION": {
    title: "试用期",
    clause: "第四十四条（引用前请核对条文）",
    severity: "hard",
    implementedBy: ["probationEnd"],
    text: "提任非选举产生的领导职务，实行试用期制度，试用期为一年。",
  },
  "NAT-EXP": {
    title: "工作经历",
    clause: "第八条（引用前请核对条文）",
    severity: "soft",
    implementedBy: CAND,
    text: "提任县处级领导职务的，一般应当具有五年以上工龄和两年以上基层工作经历。",
  },
  "NAT-STEP-DEPUTY": {
    title: "任职年限",
    clause: "第八条（引用前请核对条文）",
    severity: "hard",
    implementedBy: CAND,
    text: "由副职提任正职的，应当在副职岗位工作两年以上；由下级正职提任上级副职的，应当在下级正职岗位工作三年以上。",
  },
  "NAT-EDU": {
    title: "学历",
    clause: "第八条（引用前请核对条文）",
    severity: "soft",
    implementedBy: CAND,
    text: "县处级领导干部一般应当具有大学专科以上文化程度。",
  },
  "NAT-VOTE": {
    title: "讨论决定：到会人数与表决",
    clause: "第三十一条、第三十二条（引用前请核对条文）",
    severity: "hard",
    implementedBy: ["decisionVote"],
    text: "党委（党组）讨论决定干部任免事项，必须有三分之二以上成员到会；决定任用干部应当以党委（党组）应到会成员超过半数同意形成决定。",
  },
} satisfies Record<string, RuleEntry>;
