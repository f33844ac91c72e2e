-- CreateEnum
CREATE TYPE "FundingPeriodStatus" AS ENUM ('APPLIED', 'GRANTED', 'ENDED');

-- AlterEnum
ALTER TYPE "FundingKind" ADD VALUE 'IN_KIND';

-- DropIndex
DROP INDEX "NetworkFunder_periodEnd_idx";

-- CreateTable
CREATE TABLE "FundingPeriod" (
    "id" TEXT NOT NULL,
    "funderId" TEXT NOT NULL,
    "periodStart" DATE,
    "periodEnd" DATE,
    "status" "FundingPeriodStatus" NOT NULL DEFAULT 'GRANTED',
    "amountSek" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkStatusChange" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "fromStatus" "NetworkStatus" NOT NULL,
    "toStatus" "NetworkStatus" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FundingPeriod_funderId_idx" ON "FundingPeriod"("funderId");

-- CreateIndex
CREATE INDEX "FundingPeriod_status_periodEnd_idx" ON "FundingPeriod"("status", "periodEnd");

-- CreateIndex
CREATE INDEX "NetworkStatusChange_networkId_effectiveOn_idx" ON "NetworkStatusChange"("networkId", "effectiveOn");

-- AddForeignKey
ALTER TABLE "FundingPeriod" ADD CONSTRAINT "FundingPeriod_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "NetworkFunder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkStatusChange" ADD CONSTRAINT "NetworkStatusChange_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkStatusChange" ADD CONSTRAINT "NetworkStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Written by hand.
-- Each funder's one period becomes a period row before the columns go (the generated
-- "DROP COLUMN" was moved here, after the copy). A period that ended before today is
-- ENDED, any other GRANTED: the seed and the registry held granted funding only. A funder
-- without dates keeps no period: nothing was known about it.
INSERT INTO "FundingPeriod" ("id", "funderId", "periodStart", "periodEnd", "status", "updatedAt")
SELECT 'fp' || md5(f."id"), f."id", f."periodStart", f."periodEnd",
       CASE WHEN f."periodEnd" < CURRENT_DATE THEN 'ENDED'::"FundingPeriodStatus" ELSE 'GRANTED'::"FundingPeriodStatus" END,
       CURRENT_TIMESTAMP
  FROM "NetworkFunder" f
 WHERE f."periodStart" IS NOT NULL OR f."periodEnd" IS NOT NULL;

ALTER TABLE "NetworkFunder" DROP CONSTRAINT "NetworkFunder_period_order";
ALTER TABLE "NetworkFunder" DROP COLUMN "periodEnd",
DROP COLUMN "periodStart";

ALTER TABLE "FundingPeriod" ADD CONSTRAINT "FundingPeriod_period_order"
  CHECK ("periodStart" IS NULL OR "periodEnd" IS NULL OR "periodStart" <= "periodEnd");
-- Whole kronor, never negative (an integer column: exact, no rounding).
ALTER TABLE "FundingPeriod" ADD CONSTRAINT "FundingPeriod_amount_not_negative"
  CHECK ("amountSek" IS NULL OR "amountSek" >= 0);

-- Working time in kind may come from the members as a whole (no organisation) or from one
-- organisation; membership fees still come from the members, base and project funding from an
-- organisation. Written without naming the new enum value, which this transaction may not use.
ALTER TABLE "NetworkFunder" DROP CONSTRAINT "NetworkFunder_funder_matches_kind";
ALTER TABLE "NetworkFunder" ADD CONSTRAINT "NetworkFunder_funder_matches_kind"
  CHECK (("kind" <> 'MEMBERSHIP_FEES' OR "funderOrganizationId" IS NULL)
     AND ("kind" NOT IN ('BASE', 'PROJECT') OR "funderOrganizationId" IS NOT NULL));

-- A status move is a move: from one status to another, with a reason.
ALTER TABLE "NetworkStatusChange" ADD CONSTRAINT "NetworkStatusChange_moves"
  CHECK ("fromStatus" <> "toStatus" AND length(btrim("reason")) > 0);
