-- CreateTable
CREATE TABLE "AreaFollow" (
    "userId" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AreaFollow_pkey" PRIMARY KEY ("userId","areaId")
);

-- CreateIndex
CREATE INDEX "AreaFollow_areaId_idx" ON "AreaFollow"("areaId");

-- AddForeignKey
ALTER TABLE "AreaFollow" ADD CONSTRAINT "AreaFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaFollow" ADD CONSTRAINT "AreaFollow_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ThematicArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;
