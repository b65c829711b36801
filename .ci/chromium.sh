#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the browser tests (dyad.web.BrowserTest),
# only when missing: safe to run or source any number of times. Without them the browser tests
# are skipped (JUnit assumption, reason printed), so a failed install warns instead of failing.
dyad_install_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "chromium.sh: $(/usr/bin/chromium --version 2>/dev/null | head -n 1) and chromedriver already installed"
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo -n"; else
      echo "chromium.sh: not root and no sudo: browser tests will be skipped" >&2
      return 0
    fi
  fi
  echo "chromium.sh: installing Debian packages chromium and chromium-driver"
  if $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      chromium chromium-driver >/dev/null; then
    echo "chromium.sh: installed $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
  else
    echo "chromium.sh: could not install chromium: browser tests will be skipped" >&2
  fi
  return 0
}
dyad_install_chromium
