-- CreateIndex
CREATE INDEX "Membership_status_leftAt_idx" ON "Membership"("status", "leftAt");

-- CreateIndex
CREATE INDEX "User_emailVerifiedAt_createdAt_idx" ON "User"("emailVerifiedAt", "createdAt");
