#!/usr/bin/env bash
# The instances drill (tests/drills/instances.spec.ts): two Trappan instances on one PostgreSQL
# behind nginx. Needs PostgreSQL, so run it inside scripts/with-postgres.sh:
#   bash scripts/with-postgres.sh bash scripts/drill-instances.sh
# Installs what is missing as CI does for PostgreSQL: nginx from Debian's packages (as root
# with apt-get), Debian's chromium (scripts/ensure-chromium.mjs), and the production build when
# there is none or the sources are newer (scripts/lib/build-if-needed.mjs). nginx runs in the
# foreground with a prefix of its own under /tmp, on its own port: /etc/nginx is not touched.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ -z "${DATABASE_URL:-}" ]; then
  echo "drill-instances: DATABASE_URL is not set; run it as: bash scripts/with-postgres.sh bash scripts/drill-instances.sh" >&2
  exit 2
fi

if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "drill-instances: nginx is not installed; installing Debian's nginx package …" >&2
    apt-get update >&2
    # nginx-light is a transitional name on newer Debian releases; nginx is the package itself.
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx-light >&2 \
      || DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx >&2
  else
    echo "drill-instances: nginx is not installed. Install it first, e.g.: sudo apt-get install -y nginx" >&2
    exit 1
  fi
fi

node scripts/ensure-chromium.mjs
node --input-type=module -e "import { buildIfNeeded } from './scripts/lib/build-if-needed.mjs'; buildIfNeeded(process.cwd());"
exec npx playwright test -c playwright.drills.config.ts "$@"
