import { NominationForm } from "@/components/nominations/nomination-form";
import { PageHeader } from "@/components/ui/page-header";
import { isoDay } from "@/lib/rules";
import { todayInChina } from "@/lib/format/dates";
import { domainOptions, tierOptions } from "@/lib/nominations/form-options";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getActiveProfile } from "@/lib/server/policy/active-profile";

export const metadata = { title: "新建推荐" };

export default async function NewNominationPage() {
  await requirePermission("nomination", "create");
  const { profile } = await getActiveProfile();
  return (
    <div>
      <PageHeader
        title="新建推荐"
        description="推荐本单位干部列入优秀年轻干部库。报送前系统按现行政策配置审查资格条件，硬性条件不符合的不能报送，提示项须说明理由。"
      />
      <NominationForm tiers={tierOptions(profile)} domains={domainOptions(profile)} today={isoDay(todayInChina())} />
    </div>
  );
}
