-- CreateIndex
CREATE INDEX "NetworkFunder_kind_networkId_idx" ON "NetworkFunder"("kind", "networkId");
