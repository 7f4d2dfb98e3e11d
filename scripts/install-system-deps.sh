#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for building and testing 保知: Chromium and a CJK font.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# Debian ships Chromium's non-English UI packs separately; the zh-CN screens need them.
[ -f /usr/lib/chromium/locales/zh-CN.pak ] || need+=(chromium-l10n)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
if ((${#need[@]})); then
  echo "Installing ${need[*]} from apt…"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
