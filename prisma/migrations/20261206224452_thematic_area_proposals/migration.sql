-- CreateEnum
CREATE TYPE "ThematicAreaStatus" AS ENUM ('PROPOSED', 'APPROVED');

-- AlterTable
ALTER TABLE "ThematicArea" ADD COLUMN     "proposedAt" TIMESTAMP(3),
ADD COLUMN     "proposedById" TEXT,
ADD COLUMN     "status" "ThematicAreaStatus" NOT NULL DEFAULT 'APPROVED';

-- CreateIndex
CREATE INDEX "ThematicArea_status_idx" ON "ThematicArea"("status");

-- AddForeignKey
ALTER TABLE "ThematicArea" ADD CONSTRAINT "ThematicArea_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
