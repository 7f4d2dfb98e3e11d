#!/usr/bin/env bash
# Installs what a developer's Debian machine lacks for building and testing 保知: the packages in
# scripts/system-packages.txt (Chromium, its zh-CN UI pack — without it Chromium ignores --lang=zh-CN — and a
# CJK font). Skips apt entirely when they are all present.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t packages < scripts/system-packages.txt
need=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done
if ((${#need[@]})); then
  echo "Installing ${need[*]} from apt…"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
