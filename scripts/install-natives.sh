#!/usr/bin/env bash
# Installs the native parts Yici runs on (Tesseract with Chinese, the CJK font notices embed,
# poppler-utils for page previews); with YICI_FOR_TESTS=1 also Chromium for the browser test,
# PostgreSQL and the CJK fonts of the OCR corpus, and makes sure PostgreSQL answers on 127.0.0.1:5432.
# Installs only what is missing; needs root for apt-get, and says what to install otherwise.
set -euo pipefail

packages=(tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng fonts-wqy-zenhei poppler-utils)
if [[ "${YICI_FOR_TESTS:-0}" == 1 ]]; then
  # The browser test drives Debian's Chromium; the database tests need a local PostgreSQL.
  packages+=(chromium chromium-driver postgresql)
  # The split OCR corpus renders in every CJK face Debian packages (org.yici.ingest.corpus.CjkFonts).
  packages+=(fonts-arphic-uming fonts-arphic-ukai fonts-noto-cjk fonts-wqy-microhei)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "missing native packages: ${missing[*]}" >&2
    echo "install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

if [[ "${YICI_FOR_TESTS:-0}" == 1 ]] && ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null && [[ $(id -u) -eq 0 ]]; then
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not answering on 127.0.0.1:5432" >&2; exit 1; }
fi
scripts/install-models.sh
