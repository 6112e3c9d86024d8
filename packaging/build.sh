#!/usr/bin/env bash
# npm run package: builds adesync_<version>_<arch>.deb with dpkg-deb (no debhelper, no internet beyond the npm registry).
#   OUT_DIR=DIR        where the .deb goes (default: the repository root)
#   ADESYNC_REBUILD=1  compile better-sqlite3 in the staging tree even when the repository's build fits
# The package carries a native module (better-sqlite3) compiled for this machine's Node.js ABI and CPU: build it on
# the Node.js major and the Debian architecture it will run on.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
OUT_DIR=${OUT_DIR:-$REPO}
command -v dpkg-deb >/dev/null || { echo "build.sh: dpkg-deb is missing (apt-get install dpkg-dev)" >&2; exit 1; }

VERSION=$(node -p "require('./package.json').version")
ARCH=$(dpkg --print-architecture)
ABI=$(node -p process.versions.modules)                      # NODE_MODULE_VERSION: 115 for Node.js 20
NODE_MAJOR=$(node -p "process.versions.node.split('.')[0]")
MIN_NODE=$(node -p "require('./package.json').engines.node.replace(/^>=\s*/, '')")
DEB="$OUT_DIR/adesync_${VERSION}_${ARCH}.deb"
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
MAINTAINER=${DEB_MAINTAINER:-"adesync maintainers <adesync@example.org>"}
start=$(date +%s)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/adesync-deb.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
ROOT=$WORK/root
LIB=$ROOT/usr/lib/adesync
DOC=$ROOT/usr/share/doc/adesync
mkdir -p "$LIB" "$ROOT/usr/bin" "$ROOT/lib/systemd/system" "$ROOT/usr/lib/sysusers.d" "$ROOT/usr/lib/tmpfiles.d" \
  "$ROOT/etc/adesync" "$DOC" "$ROOT/usr/share/man/man1" "$ROOT/DEBIAN"

# 1. The program: compiled JS in a fresh folder (never a stale dist/), migrations, Apple's CA assets, the launcher.
npx --no-install tsc -p tsconfig.build.json --outDir "$LIB/dist" --sourceMap false --declaration false
cp -r bin migrations assets package.json package-lock.json "$LIB/"

# 2. Production dependencies only. --ignore-scripts: no "prepare" (tsc is a dev dependency) and no prebuild download.
(cd "$LIB" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
SQLITE=$LIB/node_modules/better-sqlite3
want=$(node -p "require('$SQLITE/package.json').version")
have=$(node -p "try { require('$REPO/node_modules/better-sqlite3/package.json').version } catch { '' }")
built=$REPO/node_modules/better-sqlite3/build/Release/better_sqlite3.node
if [ "${ADESYNC_REBUILD:-}" != 1 ] && [ "$want" = "$have" ] && [ -f "$built" ]; then
  # npm ci already compiled this exact version for this Node.js here: reuse it (the check below proves it loads).
  mkdir -p "$SQLITE/build/Release" && cp "$built" "$SQLITE/build/Release/"
else
  (cd "$LIB" && npm_config_build_from_source=true npm rebuild better-sqlite3 --no-audit --no-fund --loglevel=error)
fi
# Keep the compiled module only: sources, objects and the test extension are build leftovers.
mv "$SQLITE/build/Release/better_sqlite3.node" "$WORK/better_sqlite3.node"
rm -rf "$SQLITE/build" "$SQLITE/deps" "$SQLITE/src" "$SQLITE/binding.gyp"
mkdir -p "$SQLITE/build/Release" && mv "$WORK/better_sqlite3.node" "$SQLITE/build/Release/"
strip --strip-unneeded "$SQLITE/build/Release/better_sqlite3.node"
find "$LIB/node_modules" \( -name '*.md' -o -name '*.markdown' -o -name '*.map' -o -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' \
  -o -name '.npmignore' -o -name '.eslintrc*' -o -name '.travis.yml' -o -name '.editorconfig' \) -type f -delete
# The packaged program must run on node alone: load the native module and the CLI from the staging tree.
(cd "$LIB" && node -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()")
[ "$(node "$LIB/bin/adesync.js" --version)" = "$VERSION" ] || { echo "build.sh: the staged CLI does not report $VERSION" >&2; exit 1; }

# 3. System integration. The unit is the repository's, with its paths moved to the package layout.
ln -s ../lib/adesync/bin/adesync.js "$ROOT/usr/bin/adesync"
sed -e 's#/opt/adesync/bin/adesync\.js#/usr/bin/adesync#g' \
    -e 's#file:///opt/adesync/README\.md#file:///usr/share/doc/adesync/README.md#g' \
    -e 's#/opt/adesync#/usr/lib/adesync#g' \
    systemd/adesync.service > "$ROOT/lib/systemd/system/adesync.service"
grep -qx 'ExecStart=/usr/bin/adesync daemon' "$ROOT/lib/systemd/system/adesync.service" \
  || { echo "build.sh: systemd/adesync.service's ExecStart= is not /opt/adesync/bin/adesync.js daemon any more: update the substitution" >&2; exit 1; }
grep -q '^Documentation=file:///usr/share/doc/adesync/README.md' "$ROOT/lib/systemd/system/adesync.service" \
  || { echo "build.sh: the unit's Documentation= did not move to /usr/share/doc/adesync/README.md" >&2; exit 1; }
grep -v '^# sysusers.d(5)' systemd/adesync.sysusers.conf > "$ROOT/usr/lib/sysusers.d/adesync.conf"
cp packaging/debian/tmpfiles.conf "$ROOT/usr/lib/tmpfiles.d/adesync.conf"
cp config/adesync.example.yaml "$ROOT/etc/adesync/config.yaml"

# 4. Documentation: the README the unit points at, the example every config error refers to, the unit's notes, contrib/.
cp README.md "$DOC/README.md"
cp systemd/README.md "$DOC/README.systemd.md"
install -D -m 0644 systemd/adesync.service.d/postgresql.conf "$DOC/examples/adesync.service.d/postgresql.conf"
cp config/adesync.example.yaml "$DOC/adesync.example.yaml"
[ -d contrib ] && cp -r contrib "$DOC/contrib"
gzip -9n < packaging/debian/adesync.1 > "$ROOT/usr/share/man/man1/adesync.1.gz"
date_r=$(date -u -R -d "@$SOURCE_DATE_EPOCH")
printf 'adesync (%s) unstable; urgency=medium\n\n  * Built from the adesync repository (%s).\n\n -- %s  %s\n' \
  "$VERSION" "$(git rev-parse --short HEAD 2>/dev/null || echo 'no git')" "$MAINTAINER" "$date_r" | gzip -9n > "$DOC/changelog.gz"
{
  echo 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/'
  echo 'Upstream-Name: adesync'
  echo 'Comment: the JavaScript modules under /usr/lib/adesync/node_modules keep their own license files; each is listed below.'
  echo
  echo 'Files: *'
  echo "Copyright: $(git log --reverse --format=%ad --date=format:%Y 2>/dev/null | head -1 || date +%Y)-$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y) the adesync authors"
  echo 'License: MIT'
  echo
  node -e '
    const fs = require("fs"), path = require("path");
    const top = process.argv[1], seen = new Map();
    (function walk(dir) {
      for (const name of fs.readdirSync(dir)) {
        if (name.startsWith(".")) continue;
        const d = path.join(dir, name);
        if (name.startsWith("@")) { walk(d); continue; }
        try {
          const p = JSON.parse(fs.readFileSync(path.join(d, "package.json"), "utf8"));
          seen.set(path.relative(top, d), p.license || "see its LICENSE file");
        } catch {}
        if (fs.existsSync(path.join(d, "node_modules"))) walk(path.join(d, "node_modules"));
      }
    })(top);
    const dep5 = (l) => String(l).replace(/^\((.*)\)$/, "$1").replace(/ OR /g, " or ").replace(/ AND /g, " and ");
    const names = new Set();
    for (const [dir, lic] of [...seen].sort()) {
      const l = dep5(lic);
      l.split(/ (?:or|and) /).forEach((n) => names.add(n));
      console.log(`Files: usr/lib/adesync/node_modules/${dir}/*\nCopyright: the ${dir.split("/node_modules/").pop()} authors (see its license file)\nLicense: ${l}\n`);
    }
    const common = { "Apache-2.0": "Apache-2.0", "CC0-1.0": "CC0-1.0", "MPL-2.0": "MPL-2.0" };
    for (const n of [...names].sort()) {
      if (n === "MIT") continue;  // its text follows
      console.log(`License: ${n}\n The full text ships with each module under this license, in /usr/lib/adesync/node_modules/MODULE/.` +
        (common[n] ? `\n On Debian systems, see also /usr/share/common-licenses/${common[n]}.` : "") + "\n");
    }
  ' "$LIB/node_modules"
  echo 'License: MIT'
  echo ' Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated'
  echo ' documentation files (the "Software"), to deal in the Software without restriction, including without limitation'
  echo ' the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and'
  echo ' to permit persons to whom the Software is furnished to do so, subject to the following conditions:'
  echo ' .'
  echo ' The above copyright notice and this permission notice shall be included in all copies or substantial portions of'
  echo ' the Software.'
  echo ' .'
  echo ' THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO'
  echo ' THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.'
} > "$DOC/copyright"

# 5. Modes the way dpkg expects them (root-owned through --root-owner-group), then the control files.
find "$ROOT" -type d -exec chmod 0755 {} +
find "$ROOT" -type f -exec chmod 0644 {} +
chmod 0755 "$LIB/bin/adesync.js"
# Scripts (a #! line) are executable, everything else plain.
find "$LIB" -type f \( -name '*.js' -o -name '*.mjs' -o -name '*.cjs' -o -path '*/bin/*' \) -print0 \
  | xargs -0 grep -lZ -m1 '^#!' 2>/dev/null | xargs -0 -r chmod 0755
for s in postinst prerm postrm; do install -m 0755 "packaging/debian/$s" "$ROOT/DEBIAN/$s"; done
echo /etc/adesync/config.yaml > "$ROOT/DEBIAN/conffiles"
(cd "$ROOT" && find . -path ./DEBIAN -prune -o -path ./etc -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) > "$ROOT/DEBIAN/md5sums"
chmod 0644 "$ROOT/DEBIAN/conffiles" "$ROOT/DEBIAN/md5sums"
# The native module's shared libraries (libc6, libstdc++6, libgcc-s1) as dpkg-shlibdeps computes them.
mkdir -p "$WORK/src/debian" && printf 'Source: adesync\n\nPackage: adesync\nArchitecture: any\n' > "$WORK/src/debian/control"
SHLIBS=$(cd "$WORK/src" && dpkg-shlibdeps -O "$SQLITE/build/Release/better_sqlite3.node" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$SHLIBS" ] || { echo "build.sh: dpkg-shlibdeps found no library dependencies (apt-get install dpkg-dev)" >&2; exit 1; }
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: adesync
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
Depends: nodejs (>= $MIN_NODE), nodejs (<< $((NODE_MAJOR + 1))~), adduser, $SHLIBS
Section: admin
Priority: optional
Description: Apple Automated Device Enrollment daemon
 adesync syncs the device lists of Apple Business/School Manager MDM servers
 into SQLite through Apple's Device Assignment service, assigns supervised,
 mandatory ADE profiles, and serves signed enrollment profiles to devices in
 Setup Assistant. It runs as a hardened systemd service with an admin CLI and
 Prometheus metrics.
 .
 Built for Node.js $NODE_MAJOR (NODE_MODULE_VERSION $ABI) on $ARCH: it carries
 better-sqlite3, a native module.
CONTROL

mkdir -p "$OUT_DIR"
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$DEB" >/dev/null
echo "built $DEB ($(du -h "$DEB" | cut -f1), Node.js $NODE_MAJOR ABI $ABI, $ARCH) in $(( $(date +%s) - start ))s"
