-- Development-plan goals move from the JSON column DevelopmentPlan.goals into their own table.
-- The JSON was read leniently: a goal that failed its schema was silently left out of the page,
-- the reminders and the WS-PLAN check. As rows, every goal has its typed columns or is refused.
--
-- Existing goals are copied in their order (position 0, 1, …). The app only ever wrote goals
-- that passed the form's validation, so every stored goal should fit. One that does not (not an
-- object, no text stage or goal, a due date that is not YYYY-MM-DD, an unknown measure kind) is
-- NOT dropped: the migration stops and names the plans, to be corrected by hand first.

-- CreateEnum
CREATE TYPE "PlanMeasureKind" AS ENUM ('TRAINING', 'PRACTICE', 'MENTOR', 'OTHER');

-- CreateTable
CREATE TABLE "DevelopmentPlanGoal" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "goal" TEXT NOT NULL,
    "measures" TEXT,
    "measureKinds" "PlanMeasureKind"[] DEFAULT ARRAY[]::"PlanMeasureKind"[],
    "dueOn" DATE NOT NULL,
    "doneOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DevelopmentPlanGoal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DevelopmentPlanGoal_planId_position_key" ON "DevelopmentPlanGoal"("planId", "position");

-- AddForeignKey
ALTER TABLE "DevelopmentPlanGoal" ADD CONSTRAINT "DevelopmentPlanGoal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "DevelopmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Refuse to go on over goals that would not fit (see above).
DO $$
DECLARE
  bad text;
BEGIN
  SELECT string_agg(DISTINCT p.id, ', ') INTO bad
    FROM "DevelopmentPlan" p
    LEFT JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(p.goals) = 'array' THEN p.goals ELSE '[]'::jsonb END) g(v) ON true
   WHERE jsonb_typeof(p.goals) <> 'array'
      OR (g.v IS NOT NULL AND (
           jsonb_typeof(g.v) <> 'object'
        OR jsonb_typeof(g.v -> 'stage') IS DISTINCT FROM 'string'
        OR jsonb_typeof(g.v -> 'goal') IS DISTINCT FROM 'string'
        OR coalesce(jsonb_typeof(g.v -> 'measures'), 'null') NOT IN ('string', 'null')
        OR coalesce(g.v ->> 'dueOn', '') !~ '^\d{4}-\d{2}-\d{2}$'
        OR (coalesce(jsonb_typeof(g.v -> 'doneOn'), 'null') <> 'null' AND (g.v ->> 'doneOn') !~ '^\d{4}-\d{2}-\d{2}$')
        OR coalesce(jsonb_typeof(g.v -> 'measureKinds'), 'null') NOT IN ('array', 'null')
        OR (jsonb_typeof(g.v -> 'measureKinds') = 'array' AND EXISTS (
              SELECT 1 FROM jsonb_array_elements(g.v -> 'measureKinds') k(x)
               WHERE jsonb_typeof(k.x) <> 'string' OR k.x #>> '{}' NOT IN ('TRAINING', 'PRACTICE', 'MENTOR', 'OTHER')))
      ));
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'DevelopmentPlan.goals holds goals that do not fit the new table; correct these plans first: %', bad;
  END IF;
END
$$;

-- Copy the goals, in their order.
INSERT INTO "DevelopmentPlanGoal" ("id", "planId", "position", "stage", "goal", "measures", "measureKinds", "dueOn", "doneOn", "createdAt")
SELECT 'g' || md5(p.id || ':' || g.ord::text), p.id, (g.ord - 1)::int,
       g.v ->> 'stage', g.v ->> 'goal', g.v ->> 'measures',
       coalesce((SELECT array_agg(k.x::"PlanMeasureKind" ORDER BY k.n) FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(g.v -> 'measureKinds') = 'array' THEN g.v -> 'measureKinds' ELSE '[]'::jsonb END) WITH ORDINALITY k(x, n)), ARRAY[]::"PlanMeasureKind"[]),
       (g.v ->> 'dueOn')::date, (g.v ->> 'doneOn')::date, p."createdAt"
  FROM "DevelopmentPlan" p
 CROSS JOIN LATERAL jsonb_array_elements(p.goals) WITH ORDINALITY g(v, ord);

-- AlterTable
ALTER TABLE "DevelopmentPlan" DROP COLUMN "goals";
