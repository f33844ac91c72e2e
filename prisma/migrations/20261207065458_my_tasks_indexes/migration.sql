-- CreateIndex
CREATE INDEX "JoinRequest_status_createdAt_idx" ON "JoinRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Minutes_adjusterId_status_idx" ON "Minutes"("adjusterId", "status");
