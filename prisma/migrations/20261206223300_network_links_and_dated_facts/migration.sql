-- CreateEnum
CREATE TYPE "NetworkLinkKind" AS ENUM ('RESULT', 'REPORT');

-- AlterTable
ALTER TABLE "NetworkFact" ADD COLUMN     "occurredOn" DATE,
ADD COLUMN     "sourceUrl" TEXT;

-- CreateTable
CREATE TABLE "NetworkLink" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "kind" "NetworkLinkKind" NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publishedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NetworkLink_networkId_kind_createdAt_idx" ON "NetworkLink"("networkId", "kind", "createdAt");

-- AddForeignKey
ALTER TABLE "NetworkLink" ADD CONSTRAINT "NetworkLink_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;
