#!/bin/sh
# Stands in for Prisma's native schema engine, which Trappan does not use.
echo "Trappan does not use Prisma's native schema engine. Apply migrations with 'npm run db:migrate'" >&2
echo "and create them with 'npm run db:migration:create -- <name>' (docs/decisions/0002)." >&2
exit 1
