-- CreateEnum
CREATE TYPE "NeedStatus" AS ENUM ('PROPOSED', 'PRIORITISED', 'MARKET_TESTED', 'IN_PREPARATION', 'IN_PROCUREMENT', 'HANDED_OVER', 'IMPLEMENTED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "LadderStep" AS ENUM ('IMPLEMENT', 'INTRODUCE', 'INITIATE');

-- CreateEnum
CREATE TYPE "MaturityAnswer" AS ENUM ('YES', 'PARTLY', 'NO');

-- CreateEnum
CREATE TYPE "ValueOffer" AS ENUM ('TESTBED', 'REAL_ENVIRONMENT_TEST', 'REFERENCE_CUSTOMER', 'EXPERTISE');

-- CreateEnum
CREATE TYPE "CommitmentLevel" AS ENUM ('INTERESTED', 'LETTER_OF_INTENT', 'COMMITTED');

-- CreateEnum
CREATE TYPE "HandoverDocumentKind" AS ENUM ('REQUIREMENT_SPECIFICATION', 'MARKET_ANALYSIS', 'COMPETITION_RESULT', 'GUIDANCE');

-- CreateTable
CREATE TABLE "Need" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "affected" TEXT NOT NULL DEFAULT '',
    "currentPractice" TEXT NOT NULL DEFAULT '',
    "desiredEffect" TEXT NOT NULL DEFAULT '',
    "areaId" TEXT NOT NULL,
    "status" "NeedStatus" NOT NULL DEFAULT 'PROPOSED',
    "ladderStep" "LadderStep",
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "ownerId" TEXT,
    "proposedById" TEXT,
    "mergedIntoId" TEXT,
    "volumeUnit" TEXT NOT NULL DEFAULT '',
    "valueOffers" "ValueOffer"[],
    "buyerGroupId" TEXT,
    "leadOrganizationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Need_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedOrganization" (
    "needId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedOrganization_pkey" PRIMARY KEY ("needId","organizationId")
);

-- CreateTable
CREATE TABLE "NeedTransition" (
    "id" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "fromStatus" "NeedStatus",
    "toStatus" "NeedStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrioritisationRound" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "pointsPerOrganization" INTEGER NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrioritisationRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrioritisationRoundNeed" (
    "roundId" TEXT NOT NULL,
    "needId" TEXT NOT NULL,

    CONSTRAINT "PrioritisationRoundNeed_pkey" PRIMARY KEY ("roundId","needId")
);

-- CreateTable
CREATE TABLE "PrioritisationBallot" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "castById" TEXT,
    "castAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrioritisationBallot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrioritisationPoints" (
    "ballotId" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "points" INTEGER NOT NULL,

    CONSTRAINT "PrioritisationPoints_pkey" PRIMARY KEY ("ballotId","needId")
);

-- CreateTable
CREATE TABLE "MaturityAssessment" (
    "id" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "offersSolutions" "MaturityAnswer" NOT NULL,
    "offersSolutionsEvidence" TEXT NOT NULL DEFAULT '',
    "prioritisedArea" "MaturityAnswer" NOT NULL,
    "prioritisedAreaEvidence" TEXT NOT NULL DEFAULT '',
    "understandsNeed" "MaturityAnswer" NOT NULL,
    "understandsNeedEvidence" TEXT NOT NULL DEFAULT '',
    "evidenceLinks" TEXT[],
    "suggestedStep" "LadderStep" NOT NULL,
    "chosenStep" "LadderStep" NOT NULL,
    "overrideReason" TEXT,
    "assessedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaturityAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LadderChecklistEntry" (
    "id" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "step" "LadderStep" NOT NULL,
    "itemKey" TEXT NOT NULL,
    "covered" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT NOT NULL DEFAULT '',
    "evidenceUrl" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LadderChecklistEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedCommitment" (
    "id" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "annualCostOre" BIGINT,
    "costBasis" TEXT NOT NULL DEFAULT '',
    "expectedVolume" INTEGER,
    "level" "CommitmentLevel" NOT NULL,
    "conditions" TEXT NOT NULL DEFAULT '',
    "statedById" TEXT,
    "statedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedCommitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Handover" (
    "id" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "receivingOrganizationId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "handedOverById" TEXT,
    "handedOverAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedById" TEXT,
    "acknowledgedAt" TIMESTAMP(3),

    CONSTRAINT "Handover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandoverDocument" (
    "id" TEXT NOT NULL,
    "handoverId" TEXT NOT NULL,
    "kind" "HandoverDocumentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "HandoverDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Need_buyerGroupId_key" ON "Need"("buyerGroupId");

-- CreateIndex
CREATE INDEX "Need_networkId_status_idx" ON "Need"("networkId", "status");

-- CreateIndex
CREATE INDEX "Need_networkId_ladderStep_idx" ON "Need"("networkId", "ladderStep");

-- CreateIndex
CREATE INDEX "Need_isPublic_createdAt_id_idx" ON "Need"("isPublic", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Need_ownerId_idx" ON "Need"("ownerId");

-- CreateIndex
CREATE INDEX "Need_mergedIntoId_idx" ON "Need"("mergedIntoId");

-- CreateIndex
CREATE INDEX "NeedOrganization_organizationId_idx" ON "NeedOrganization"("organizationId");

-- CreateIndex
CREATE INDEX "NeedTransition_needId_createdAt_idx" ON "NeedTransition"("needId", "createdAt");

-- CreateIndex
CREATE INDEX "PrioritisationRound_networkId_closesAt_idx" ON "PrioritisationRound"("networkId", "closesAt");

-- CreateIndex
CREATE INDEX "PrioritisationRoundNeed_needId_idx" ON "PrioritisationRoundNeed"("needId");

-- CreateIndex
CREATE UNIQUE INDEX "PrioritisationBallot_roundId_organizationId_key" ON "PrioritisationBallot"("roundId", "organizationId");

-- CreateIndex
CREATE INDEX "PrioritisationPoints_needId_idx" ON "PrioritisationPoints"("needId");

-- CreateIndex
CREATE INDEX "MaturityAssessment_needId_createdAt_idx" ON "MaturityAssessment"("needId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "LadderChecklistEntry_needId_step_itemKey_key" ON "LadderChecklistEntry"("needId", "step", "itemKey");

-- CreateIndex
CREATE INDEX "NeedCommitment_organizationId_idx" ON "NeedCommitment"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "NeedCommitment_needId_organizationId_key" ON "NeedCommitment"("needId", "organizationId");

-- CreateIndex
CREATE INDEX "Handover_needId_idx" ON "Handover"("needId");

-- CreateIndex
CREATE INDEX "Handover_recipientId_acknowledgedAt_idx" ON "Handover"("recipientId", "acknowledgedAt");

-- CreateIndex
CREATE INDEX "Handover_receivingOrganizationId_acknowledgedAt_idx" ON "Handover"("receivingOrganizationId", "acknowledgedAt");

-- CreateIndex
CREATE INDEX "HandoverDocument_handoverId_idx" ON "HandoverDocument"("handoverId");

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ThematicArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Need"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_buyerGroupId_fkey" FOREIGN KEY ("buyerGroupId") REFERENCES "NetworkGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_leadOrganizationId_fkey" FOREIGN KEY ("leadOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedOrganization" ADD CONSTRAINT "NeedOrganization_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedOrganization" ADD CONSTRAINT "NeedOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedTransition" ADD CONSTRAINT "NeedTransition_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedTransition" ADD CONSTRAINT "NeedTransition_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrioritisationRound" ADD CONSTRAINT "PrioritisationRound_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrioritisationRound" ADD CONSTRAINT "PrioritisationRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrioritisationRoundNeed" ADD CONSTRAINT "PrioritisationRoundNeed_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PrioritisationRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrioritisationRoundNeed" ADD CONSTRAINT "PrioritisationRoundNeed_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrioritisationBallot" ADD CONSTRAINT "PrioritisationBallot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PrioritisationRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrioritisationBallot" ADD CONSTRAINT "PrioritisationBallot_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrioritisationBallot" ADD CONSTRAINT "PrioritisationBallot_castById_fkey" FOREIGN KEY ("castById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrioritisationPoints" ADD CONSTRAINT "PrioritisationPoints_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "PrioritisationBallot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrioritisationPoints" ADD CONSTRAINT "PrioritisationPoints_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaturityAssessment" ADD CONSTRAINT "MaturityAssessment_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaturityAssessment" ADD CONSTRAINT "MaturityAssessment_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LadderChecklistEntry" ADD CONSTRAINT "LadderChecklistEntry_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LadderChecklistEntry" ADD CONSTRAINT "LadderChecklistEntry_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedCommitment" ADD CONSTRAINT "NeedCommitment_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedCommitment" ADD CONSTRAINT "NeedCommitment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedCommitment" ADD CONSTRAINT "NeedCommitment_statedById_fkey" FOREIGN KEY ("statedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_receivingOrganizationId_fkey" FOREIGN KEY ("receivingOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_handedOverById_fkey" FOREIGN KEY ("handedOverById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoverDocument" ADD CONSTRAINT "HandoverDocument_handoverId_fkey" FOREIGN KEY ("handoverId") REFERENCES "Handover"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules the database keeps even if a code path forgets them.
ALTER TABLE "PrioritisationRound" ADD CONSTRAINT "PrioritisationRound_points_positive" CHECK ("pointsPerOrganization" BETWEEN 1 AND 1000);
ALTER TABLE "PrioritisationPoints" ADD CONSTRAINT "PrioritisationPoints_not_negative" CHECK ("points" >= 0);
ALTER TABLE "NeedCommitment" ADD CONSTRAINT "NeedCommitment_figures_not_negative" CHECK (("annualCostOre" IS NULL OR "annualCostOre" >= 0) AND ("expectedVolume" IS NULL OR "expectedVolume" >= 0));
ALTER TABLE "MaturityAssessment" ADD CONSTRAINT "MaturityAssessment_override_has_reason" CHECK ("chosenStep" = "suggestedStep" OR ("overrideReason" IS NOT NULL AND length(trim("overrideReason")) > 0));
ALTER TABLE "Need" ADD CONSTRAINT "Need_merged_is_archived" CHECK ("mergedIntoId" IS NULL OR ("status" = 'ARCHIVED' AND "mergedIntoId" <> "id"));
-- One open handover per need and receiving organisation: a second click does not hand over twice.
CREATE UNIQUE INDEX "Handover_one_pending_per_receiver" ON "Handover" ("needId", "receivingOrganizationId") WHERE "acknowledgedAt" IS NULL;
