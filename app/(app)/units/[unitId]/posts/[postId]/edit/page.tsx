import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { PostForm } from "@/components/units/post-form";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { findManagedPost } from "@/lib/server/units/manage-posts";
import { orNotFound } from "@/lib/server/not-found";

export const metadata = { title: "编辑职位" };

export default async function EditPostPage({ params }: { params: Promise<{ unitId: string; postId: string }> }) {
  const actor = await requirePermission("unit", "manage");
  const { unitId, postId } = await params;
  const post = await orNotFound(findManagedPost(actor, postId));
  if (post.unitId !== unitId) notFound();
  return (
    <div>
      <PageHeader title={`编辑职位：${post.title}`} />
      <PostForm
        initial={{
          id: post.id,
          version: post.version,
          unitId: post.unitId,
          title: post.title,
          rank: post.rank,
          isPrincipal: post.isPrincipal,
          isPartyGovHead: post.isPartyGovHead,
          isLeadership: post.isLeadership,
          isKeyPost: post.isKeyPost,
          sortOrder: post.sortOrder,
        }}
      />
    </div>
  );
}
