-- CreateEnum
CREATE TYPE "HandoverResultKind" AS ENUM ('ADVERTISED', 'CONTRACT', 'CALL_OFF', 'EFFECT');

-- CreateTable
CREATE TABLE "HandoverResult" (
    "id" TEXT NOT NULL,
    "handoverId" TEXT NOT NULL,
    "kind" "HandoverResultKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "reference" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "supplierName" TEXT NOT NULL DEFAULT '',
    "valueSek" INTEGER,
    "organizationId" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandoverResult_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "HandoverResult_value_not_negative" CHECK ("valueSek" IS NULL OR "valueSek" >= 0)
);

-- CreateIndex
CREATE INDEX "HandoverResult_handoverId_occurredOn_idx" ON "HandoverResult"("handoverId", "occurredOn");

-- AddForeignKey
ALTER TABLE "HandoverResult" ADD CONSTRAINT "HandoverResult_handoverId_fkey" FOREIGN KEY ("handoverId") REFERENCES "Handover"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoverResult" ADD CONSTRAINT "HandoverResult_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoverResult" ADD CONSTRAINT "HandoverResult_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
