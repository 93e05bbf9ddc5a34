#!/usr/bin/env bash
# Netlify's build command (see netlify.toml). Installs the .NET 10 SDK with Microsoft's
# dotnet-install.sh into $HOME/.dotnet when the image has no .NET 10 SDK, installs the theme's
# npm packages for the build (Pagefind) when it has a lockfile, then runs the README's build command.
# --deploy-preview: build for the preview's own URL ($DEPLOY_PRIME_URL, set by Netlify).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks | grep -q '^10\.'; then
  export DOTNET_ROOT="$HOME/.dotnet"
  if [ ! -x "$DOTNET_ROOT/dotnet" ] || ! "$DOTNET_ROOT/dotnet" --list-sdks | grep -q '^10\.'; then
    echo "Installing the .NET 10 SDK into $DOTNET_ROOT"
    curl -sSfL https://dot.net/v1/dotnet-install.sh -o "${TMPDIR:-/tmp}/dotnet-install.sh"
    bash "${TMPDIR:-/tmp}/dotnet-install.sh" --channel 10.0 --install-dir "$DOTNET_ROOT"
  fi
  export PATH="$DOTNET_ROOT:$PATH"
fi

# The build needs only Pagefind: the script bundle is committed, so esbuild and ESLint (dev
# dependencies, for the theme's own checks) are not installed here.
if [ -f theme/package-lock.json ]; then
  (cd theme && npm ci --omit=dev --no-audit --no-fund)
fi

args=()
if [ "${1:-}" = "--deploy-preview" ]; then
  if [ -z "${DEPLOY_PRIME_URL:-}" ]; then
    echo "--deploy-preview needs DEPLOY_PRIME_URL (Netlify sets it)" >&2
    exit 2
  fi
  args+=(--base-url "$DEPLOY_PRIME_URL")
fi

# The README's build command:
dotnet run --project src/StudyGuide.Cli -- build ${args[@]+"${args[@]}"}
