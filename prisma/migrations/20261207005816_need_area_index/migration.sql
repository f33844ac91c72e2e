-- CreateIndex
CREATE INDEX "Need_areaId_idx" ON "Need"("areaId");
