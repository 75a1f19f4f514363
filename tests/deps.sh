#!/bin/sh
# Install hotfeed's build and test dependencies from Debian 12 when missing.
# Runs apt-get as root, or through sudo; otherwise says what to install.
# Then, with npm ci, the npm packages of tests/csaf (the CSAF validator) and
# of tests/bench/node (the Node.js scraper `make bench` measures hotfeed
# against), each into its own node_modules.
PKGS="build-essential pkg-config libgumbo-dev libcurl4-openssl-dev libxml2-dev
libxslt1-dev libjansson-dev libsqlite3-dev libinih-dev libutf8proc-dev check
python3 python3-feedparser python3-jsonschema libxml2-utils xsltproc jing trang
sqlite3 clang clang-format libclang-rt-14-dev chromium fonts-ipafont-gothic mandoc strace zlib1g-dev nodejs
sfeed newsboat"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
command -v npm >/dev/null 2>&1 || missing="$missing npm"
npm_tests() {
	[ -d "$(dirname "$0")/csaf/node_modules/@secvisogram/csaf-validator-lib" ] ||
		(cd "$(dirname "$0")/csaf" && npm ci --no-audit --no-fund >/dev/null) || exit 1
	[ -d "$(dirname "$0")/bench/node/node_modules/cheerio" ] ||
		(cd "$(dirname "$0")/bench/node" && npm ci --no-audit --no-fund >/dev/null) || exit 1
}
[ -z "$missing" ] && { npm_tests; exit 0; }
echo "hotfeed: installing missing packages:$missing" >&2
if [ "$(id -u)" = 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1; then
	SUDO="sudo"
else
	echo "hotfeed: please install as root: apt-get install$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >/dev/null || exit 1
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing >/dev/null || exit 1
npm_tests
