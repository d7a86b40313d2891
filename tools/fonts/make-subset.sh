#!/usr/bin/env bash
# Makes batch-jobs/src/main/resources/fonts/UnionstatSansSC-Regular.ttf, the chart font bundled in the jar: a subset
# of Noto Sans CJK SC (SIL Open Font License 1.1, see OFL.txt beside it) with TrueType outlines (tools/fonts/subset.py
# says which characters). Needs the source font (Debian/Ubuntu: apt-get install fonts-noto-cjk; or set NOTO_CJK to
# NotoSansCJK-Regular.ttc or NotoSansCJKsc-Regular.otf) and Python 3 with fontTools (apt-get install python3-fonttools).
set -euo pipefail
cd "$(dirname "$0")/../.."

# the source font: NOTO_CJK, else where fontconfig has it installed (fc-match falls back to another font when Noto Sans
# CJK is missing, so only a file of that name is taken)
source_font=${NOTO_CJK:-}
if [[ -z $source_font ]] && command -v fc-match >/dev/null 2>&1; then
  found=$(fc-match -f '%{file}' 'Noto Sans CJK SC:style=Regular' 2>/dev/null || true)
  [[ $found != *NotoSansCJK* ]] || source_font=$found
fi
target=batch-jobs/src/main/resources/fonts/UnionstatSansSC-Regular.ttf
[[ -n $source_font && -r $source_font ]] \
  || { echo "font: Noto Sans CJK not found (apt-get install fonts-noto-cjk, or set NOTO_CJK)" >&2; exit 1; }

# the first python3 on the PATH that has fontTools: one of a virtual environment or pyenv, found first, may lack the
# distribution's package
python=""
for candidate in $(type -ap python3); do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import fontTools' >/dev/null 2>&1; then
    python=$candidate
    break
  fi
done
[[ -n $python ]] || { echo "font: no Python 3 with fontTools (apt-get install python3-fonttools)" >&2; exit 1; }

mkdir -p "$(dirname "$target")"
"$python" tools/fonts/subset.py "$source_font" "$target.tmp" .
mv "$target.tmp" "$target"
echo "font: wrote $target"
