import "server-only";
// Saving a district profile as a new version and activating a version. Saved versions are
// never changed (verdicts cite key + version); restoring a past version activates that row.
import { Prisma } from "@/lib/generated/prisma/client";
import { isPresetKey, PRESETS, type PresetKey, type ProfileDefinition, type ProfileLibrary } from "@/lib/rules";
import type { ActivateProfileInput, SaveProfileInput } from "@/lib/validation/policy-profile";
import { auditBy, writeAudit, refusedRead } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { loadProfileLibrary, resolveRow } from "./active-profile";
import { prepareDraft } from "./prepare-draft";

type Tx = Prisma.TransactionClient;
const STALE_ACTIVE = "启用的政策配置已被他人更改，请刷新页面核对后再操作";

async function assertActiveIs(
  tx: Tx,
  expected: string | null,
): Promise<{ id: string; key: string; profileVersion: number } | null> {
  const active = await tx.policyProfile.findFirst({
    where: { isActive: true },
    select: { id: true, key: true, profileVersion: true },
  });
  if ((active?.id ?? null) !== expected) throw new UserFacingError(STALE_ACTIVE);
  return active;
}

async function switchActive(tx: Tx, rowId: string): Promise<void> {
  await tx.policyProfile.updateMany({
    where: { isActive: true, id: { not: rowId } },
    data: { isActive: false, version: { increment: 1 } },
  });
  await tx.policyProfile.update({ where: { id: rowId }, data: { isActive: true, version: { increment: 1 } } });
}

const label = (r: { key: string; profileVersion: number } | null) =>
  r ? `${r.key} 第${r.profileVersion}版` : "（内置默认）";

export type SaveResult =
  { ok: true; rowId: string; profileVersion: number } | { ok: false; fieldErrors: Record<string, string> };

/** Validates the whole profile and saves it as the key's next version; nothing is saved when invalid. */
export async function saveProfileVersion(actor: Actor, input: SaveProfileInput): Promise<SaveResult> {
  assertCan(actor, "policy", "manage");
  const prepared = await prepareDraft(input);
  if (!prepared.ok) return prepared;
  try {
    return await prisma.$transaction(async (tx): Promise<SaveResult> => {
      const latest = await tx.policyProfile.findFirst({
        where: { key: input.key },
        orderBy: { profileVersion: "desc" },
        select: { profileVersion: true },
      });
      if (input.basedOnVersion === null && latest)
        return { ok: false as const, fieldErrors: { key: "该编号已被其他配置使用，请另取一个" } };
      if (input.basedOnVersion !== null && latest?.profileVersion !== input.basedOnVersion) {
        throw new UserFacingError(
          `该配置已有更新的版本（第${latest?.profileVersion ?? "?"}版），请刷新页面核对后再保存`,
        );
      }
      const before = input.activate ? await assertActiveIs(tx, input.expectedActiveRowId) : null;
      const broken = input.activate ? null : await breaksActive(tx, prepared.library, prepared.definition);
      if (broken) return { ok: false as const, fieldErrors: { form: broken } };
      const profileVersion = (latest?.profileVersion ?? 0) + 1;
      const { key, name, extends: extendsKey, ...stored } = prepared.definition;
      const row = await tx.policyProfile.create({
        data: {
          key,
          name,
          extendsKey: extendsKey ?? null,
          parameters: stored as Prisma.InputJsonValue,
          profileVersion,
          createdById: actor.userId,
        },
      });
      if (input.activate) await switchActive(tx, row.id);
      await writeAudit(tx, {
        ...auditBy(actor),
        action: input.activate ? "policy.saveAndActivate" : "policy.save",
        objectType: "PolicyProfile",
        objectId: row.id,
        result: "SUCCESS",
        diff: {
          profile: {
            from: input.basedOnVersion ? `${key} 第${input.basedOnVersion}版` : null,
            to: `${key} 第${profileVersion}版`,
          },
          extends: { from: null, to: extendsKey },
          ...Object.fromEntries(
            Object.entries(prepared.overrides).map(([p, v]) => [
              `params.${p}`,
              { from: valueOf(prepared.base.params, p), to: v },
            ]),
          ),
          ...(input.activate ? { active: { from: label(before), to: `${key} 第${profileVersion}版` } } : {}),
        },
      });
      return { ok: true as const, rowId: row.id, profileVersion };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
      throw new UserFacingError("另一位管理员刚刚保存了该配置，请刷新页面后重试");
    throw e;
  }
}

/** A profile that inherits from the saved key must still be valid with the new version. */
async function breaksActive(tx: Tx, library: ProfileLibrary, definition: ProfileDefinition): Promise<string | null> {
  const active = await tx.policyProfile.findFirst({ where: { isActive: true } });
  if (!active || active.key === definition.key || !active.extendsKey || isPresetKey(active.extendsKey)) return null;
  const check = resolveRow(active, { ...library, [definition.key]: definition });
  return check.ok
    ? null
    : `启用中的配置“${active.name}”继承自本配置，保存后将无效：${check.issues.map((i) => i.message).join("；")}`;
}

function valueOf(params: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], params);
}

/** Activates a saved version, or a preset (its row is created on first use). */
export async function activateProfile(actor: Actor, input: ActivateProfileInput): Promise<{ rowId: string }> {
  assertCan(actor, "policy", "manage");
  return prisma.$transaction(async (tx) => {
    const before = await assertActiveIs(tx, input.expectedActiveRowId);
    let row: {
      id: string;
      key: string;
      profileVersion: number;
      name: string;
      extendsKey: string | null;
      parameters: unknown;
    } | null;
    if (input.presetKey !== null) {
      if (!isPresetKey(input.presetKey)) throw new NotFoundError("内置配置");
      const key: PresetKey = input.presetKey;
      row = await tx.policyProfile.findFirst({ where: { key, extendsKey: null }, orderBy: { profileVersion: "desc" } });
      row ??= await tx.policyProfile.create({
        data: { key, name: PRESETS[key].name, parameters: {}, profileVersion: 1, createdById: actor.userId },
      });
    } else {
      row = await tx.policyProfile.findUnique({ where: { id: input.rowId! } });
      if (!row) throw await refusedRead(actor, "PolicyProfile", input.rowId!, "政策配置版本");
      const library = await loadProfileLibrary(tx);
      const check = resolveRow(row, library);
      if (!check.ok) throw new UserFacingError(`该版本当前无法启用：${check.issues.map((i) => i.message).join("；")}`);
    }
    if (row.id === before?.id) throw new UserFacingError("该版本已是启用中的配置");
    await switchActive(tx, row.id);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "policy.activate",
      objectType: "PolicyProfile",
      objectId: row.id,
      result: "SUCCESS",
      diff: { active: { from: label(before), to: label(row) } },
    });
    return { rowId: row.id };
  });
}
