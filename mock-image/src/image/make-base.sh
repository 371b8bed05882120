#!/usr/bin/env bash
# Writes a JRE base image as a `docker save` tarball, without a daemon or a registry: a jlink runtime of this JDK at
# /opt/java/openjdk (where eclipse-temurin keeps it), the shared libraries it links (from this machine, found with ldd),
# /tmp, /etc/passwd with an unprivileged user (65532) and nothing else. Jib builds the mock and CLI images on it
# (from.image = tar://...). Reproducible: fixed file order, owners and times. Cached by JDK and script hash, so a clean
# build pays for jlink once per machine.
#   usage: make-base.sh <out.tar>          (JAVA_HOME: the JDK to take; default: the javac on PATH)
set -euo pipefail
out="$1"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.xml,java.sql,java.security.jgss,jdk.crypto.ec,jdk.unsupported,jdk.zipfs,jdk.httpserver,java.instrument
key="$( { cat "$0"; "$java_home/bin/java" -version 2>&1; uname -m; } | sha256sum | cut -c1-16)"
cache="${LTXFLUX_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ltxflux}"
cached="$cache/jre-base-$key.tar"
mkdir -p "$(dirname "$out")"
if [ -s "$cached" ]; then
  cp "$cached" "$out"
  echo "make-base: $out from cache ($cached)"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root/opt/java" "$root/etc" "$root/tmp" "$root/home/ltxflux" "$work/image"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$root/opt/java/openjdk"
# headless only: drop the X11 and sound bindings, then copy what the rest links (and the dynamic loader)
rm -f "$root/opt/java/openjdk/lib/libawt_xawt.so" "$root/opt/java/openjdk/lib/libjsound.so" "$root/opt/java/openjdk/lib/libsplashscreen.so"
find "$root/opt/java/openjdk" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
  | xargs -0 ldd 2>/dev/null | awk '/=> \//{print $3} /^[ \t]*\/[^ ]*ld-linux/{print $1}' | sort -u \
  | while read -r lib; do
      dest="$root$lib"
      mkdir -p "$(dirname "$dest")"
      cp -L "$lib" "$dest"
    done
# the C.UTF-8 locale, so that the JVM decodes arguments and file names as UTF-8 (LANG=C.UTF-8 below)
if [ -d /usr/lib/locale/C.utf8 ]; then
  mkdir -p "$root/usr/lib/locale" && cp -r /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"
fi
chmod 1777 "$root/tmp"
chmod 0777 "$root/home/ltxflux"
printf 'root:x:0:0:root:/root:/sbin/nologin\nltxflux:x:65532:65532:ltxflux:/home/ltxflux:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nltxflux:x:65532:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
# entries without a leading ./ (Jib refuses those in the outer tarball; the layer follows suit)
(cd "$root" && tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -cf "$work/image/layer.tar" $(ls -A))
diff_id="$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)"
case "$(uname -m)" in aarch64) arch=arm64 ;; *) arch=amd64 ;; esac
cat > "$work/image/config.json" <<JSON
{"architecture":"$arch","os":"linux","created":"1970-01-01T00:00:00Z","config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/bin:/usr/bin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8","HOME=/home/ltxflux"],"WorkingDir":"/"},"rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},"history":[{"created":"1970-01-01T00:00:00Z","created_by":"make-base.sh: jlink runtime of the build's JDK and its shared libraries"}]}
JSON
config_id="$(sha256sum "$work/image/config.json" | cut -d' ' -f1)"
mv "$work/image/config.json" "$work/image/$config_id.json"
mkdir -p "$work/image/$diff_id" && mv "$work/image/layer.tar" "$work/image/$diff_id/layer.tar"
printf '[{"Config":"%s.json","RepoTags":["ltxflux/jre-base:17"],"Layers":["%s/layer.tar"]}]\n' "$config_id" "$diff_id" > "$work/image/manifest.json"
(cd "$work/image" && tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -cf "$work/base.tar" $(ls -A))
mkdir -p "$cache"
cp "$work/base.tar" "$cached.tmp" && mv "$cached.tmp" "$cached"
cp "$work/base.tar" "$out"
echo "make-base: $out ($(du -h "$out" | cut -f1), cached as $cached)"
