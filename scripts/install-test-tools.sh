#!/usr/bin/env bash
# Installs what the tests use from Debian, if missing: Chromium and its driver for the browser
# tests, a Japanese font (also used for PDF reports) and pdftotext to check the PDF text;
# HAProxy for the cluster (scripts/cluster.sh, ClusterIT, the docker/haproxy.cfg check) and the
# PostgreSQL client tools (pg_dump, pg_restore) for scripts/backup.sh, restore.sh and their test.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v haproxy >/dev/null 2>&1 || need+=(haproxy)
command -v pg_dump >/dev/null 2>&1 || need+=(postgresql-client)
[ -r /usr/share/fonts/opentype/ipafont-gothic/ipag.ttf ] || need+=(fonts-ipafont-gothic)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
