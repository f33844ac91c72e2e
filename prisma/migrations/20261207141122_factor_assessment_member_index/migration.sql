-- CreateIndex
CREATE INDEX "FactorAssessment_memberId_idx" ON "FactorAssessment"("memberId");
