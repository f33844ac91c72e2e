-- CreateIndex
CREATE INDEX "Membership_status_leftAt_idx" ON "Membership"("status", "leftAt");

-- CreateIndex
CREATE INDEX "User_emailVerifiedAt_createdAt_idx" ON "User"("emailVerifiedAt", "createdAt");


-- Written by hand: the network's member counts and counties depend only on a membership's
-- status, role, organisation and network, so an update of anything else (the retention purge
-- clearing an ended membership's reason and competence, src/server/purge.ts) need not
-- recount the network once per row.
DROP TRIGGER membership_changed ON "Membership";
CREATE TRIGGER membership_changed AFTER INSERT OR DELETE OR UPDATE OF status, role, "organizationId", "networkId" ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION trappan_membership_changed();
