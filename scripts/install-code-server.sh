#!/usr/bin/env bash
# Installs what the integration tests need to run the extension in a real VS Code on a machine
# that reaches only the npm registry and Debian's packages:
#   - Debian: chromium (the browser playwright drives), ripgrep (stands in for the rg binary that
#     @vscode/ripgrep would fetch from GitHub), libkrb5-dev (headers for code-server's kerberos addon);
#   - npm, into .vscode-test/code-server/ (its own prefix, outside the project's dependency tree):
#     code-server (VS Code for the browser) and playwright-core (drives Debian's chromium).
# Idempotent: each part is skipped when it is already there at the pinned version.
# See shared/notes/real-vscode.md for why each workaround below exists.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3   # the last release that runs on Node 20 (later ones need Node 24)
PLAYWRIGHT_VERSION=1.64.1     # known to drive Debian 12's chromium
RIPGREP_PKG_VERSION=1.15.11   # the @vscode/ripgrep that code-server 4.100.3 depends on ...
RIPGREP_TAG=v13.0.0-10        # ... and the rg release it downloads (Debian 12 ships rg 13.0.0 too)

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${ATTEST_CODE_SERVER_PREFIX:-$root/.vscode-test/code-server}"

log() { printf '[install-code-server] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else log "need root (or sudo) to run: $*"; exit 1
  fi
}

deb_installed() { dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | grep -q '^ii'; }

npm_pkg_version() { # prints the installed version of package $1 in the prefix, or nothing
  node -e 'try { process.stdout.write(require(process.argv[1]).version) } catch {}' \
    "$prefix/node_modules/$1/package.json"
}

# --- Debian packages -----------------------------------------------------------------------
missing=()
for pkg in chromium ripgrep libkrb5-dev; do
  deb_installed "$pkg" || missing+=("$pkg")
done
# Native addons in code-server are built by node-gyp: make, a C++ compiler and python3.
if ! command -v make >/dev/null || ! command -v g++ >/dev/null; then missing+=(build-essential); fi
command -v python3 >/dev/null || missing+=(python3)

if [ "${#missing[@]}" -gt 0 ]; then
  log "apt: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
else
  log "apt: chromium, ripgrep, libkrb5-dev already installed"
fi

# --- code-server and playwright-core -------------------------------------------------------
have_cs="$(npm_pkg_version code-server)"
have_pw="$(npm_pkg_version playwright-core)"
cs_bin="$prefix/node_modules/code-server/out/node/entry.js"
# code-server's postinstall fills lib/vscode/node_modules; if it died half-way that folder is incomplete.
cs_ready="$prefix/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"

if [ "$have_cs" = "$CODE_SERVER_VERSION" ] && [ "$have_pw" = "$PLAYWRIGHT_VERSION" ] \
   && [ -f "$cs_bin" ] && [ -x "$cs_ready" ]; then
  log "npm: code-server@$have_cs and playwright-core@$have_pw already in $prefix"
  exit 0
fi

log "npm: installing code-server@$CODE_SERVER_VERSION and playwright-core@$PLAYWRIGHT_VERSION into $prefix" \
  "(found code-server '${have_cs:-none}', playwright-core '${have_pw:-none}')"

# A clean slate: a half-finished earlier attempt must not be mistaken for a good install. The
# prefix may come from the environment, so only a folder this script made (or an empty one) goes.
if [ -d "$prefix" ] && [ -n "$(ls -A "$prefix")" ] \
   && ! grep -qs '"name": "attest-test-code-server"' "$prefix/package.json"; then
  log "refusing to replace $prefix: it was not made by this script"
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# @vscode/ripgrep's postinstall looks for its download in $TMPDIR/vscode-ripgrep-cache-<ver>/ before
# going to GitHub (unreachable here): give it a tarball holding Debian's rg.
case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64) rg_target=aarch64-unknown-linux-gnu ;;
  *) log "unsupported architecture $(uname -m)"; exit 1 ;;
esac
rg_cache="$work/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
mkdir -p "$rg_cache" "$work/rg"
cp /usr/bin/rg "$work/rg/rg"
tar -C "$work/rg" -czf "$rg_cache/ripgrep-$RIPGREP_TAG-$rg_target.tar.gz" rg
log "ripgrep: cached Debian's $(/usr/bin/rg --version | head -n1) as $rg_cache/ripgrep-$RIPGREP_TAG-$rg_target.tar.gz"

rm -rf "$prefix"
mkdir -p "$prefix"
cat >"$prefix/package.json" <<JSON
{
  "name": "attest-test-code-server",
  "private": true,
  "description": "Installed by scripts/install-code-server.sh; not part of the extension.",
  "dependencies": {
    "code-server": "$CODE_SERVER_VERSION",
    "playwright-core": "$PLAYWRIGHT_VERSION"
  }
}
JSON

started=$SECONDS
# unsafe_perm: code-server's postinstall refuses to run as root without it.
# yes: node-pty's postinstall runs `npx node-gyp`, and npx is set not to prompt (so it would refuse).
TMPDIR="$work" \
npm_config_unsafe_perm=true \
npm_config_yes=true \
npm_config_audit=false \
npm_config_fund=false \
  npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error

if [ ! -f "$cs_bin" ] || [ ! -x "$cs_ready" ]; then
  log "code-server's install did not complete (missing $cs_bin or $cs_ready)"
  exit 1
fi
log "npm: done in $((SECONDS - started)) s: code-server@$(npm_pkg_version code-server), playwright-core@$(npm_pkg_version playwright-core)"
