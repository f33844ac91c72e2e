-- CreateEnum
CREATE TYPE "SuccessFactor" AS ENUM ('GOAL', 'STRUCTURE', 'ENGAGEMENT', 'COMMUNICATION', 'FUNDING');

-- CreateTable
CREATE TABLE "FactorAssessment" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "memberId" TEXT,
    "savedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FactorAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactorScore" (
    "assessmentId" TEXT NOT NULL,
    "factor" "SuccessFactor" NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "FactorScore_pkey" PRIMARY KEY ("assessmentId","factor"),
    CONSTRAINT "FactorScore_score_range" CHECK ("score" BETWEEN 1 AND 5)
);

-- CreateIndex
-- One secretariat assessment (memberId null) per network and year as well: nulls count as equal.
CREATE UNIQUE INDEX "FactorAssessment_networkId_year_memberId_key" ON "FactorAssessment"("networkId", "year", "memberId") NULLS NOT DISTINCT;

-- AddForeignKey
ALTER TABLE "FactorAssessment" ADD CONSTRAINT "FactorAssessment_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactorAssessment" ADD CONSTRAINT "FactorAssessment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactorAssessment" ADD CONSTRAINT "FactorAssessment_savedById_fkey" FOREIGN KEY ("savedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactorScore" ADD CONSTRAINT "FactorScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "FactorAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
