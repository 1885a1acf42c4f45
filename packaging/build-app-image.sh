#!/usr/bin/env bash
# Builds the plasticity command as a program that needs no installed Java: a small Java runtime
# (jlink, only the JDK modules the jar uses) and, with jpackage, an app image or an installer for
# the platform this runs on. Needs a JDK 17+ (with jlink and jpackage) and Maven, on the machine
# that builds it only.
#
# Usage: packaging/build-app-image.sh [--type TYPE] [--app-version X.Y.Z]
#   TYPE: app-image (default: a folder to copy or zip), or an installer: deb, rpm (Linux),
#         exe, msi (Windows, needs the WiX Toolset), dmg, pkg (macOS)
#   --app-version: the version the package carries; default: the project's, without -SNAPSHOT
#         (installers refuse SNAPSHOT versions; macOS also refuses a version that starts with 0)
# Output in packaging/target/: the app image plasticity/ (run plasticity/bin/plasticity, on
# Windows plasticity\plasticity.exe, on macOS plasticity.app/Contents/MacOS/plasticity), or the
# installer file. Builds cli/target/plasticity.jar first when it is missing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/cli/target/plasticity.jar"
out="$root/packaging/target"
main_class="org.plasticitylab.cli.PlasticityCommand"
type="app-image"
app_version=""

usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
}

while (($# > 0)); do
    case "$1" in
        --type) type="${2:?--type needs a value}"; shift 2 ;;
        --app-version) app_version="${2:?--app-version needs a value}"; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        *) echo "build-app-image: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done

# The project's version, from the parent pom (its first <version> is the project's own).
project_version() {
    sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1
}

if [[ -z "$app_version" ]]; then
    app_version="$(project_version)"
    app_version="${app_version%-SNAPSHOT}"
fi

if [[ ! -f "$jar" ]]; then
    echo "Building $jar..." >&2
    (cd "$root" && mvn -q -B -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
        package -pl cli -am)
fi

platform_options=()
case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*) platform_options+=(--win-console) ;; # a command, not a GUI app
esac
if [[ "$type" != "app-image" ]]; then
    platform_options+=(--license-file "$root/LICENSE")
fi
case "$type" in
    deb | rpm) platform_options+=(--linux-package-name plasticity --linux-app-category science) ;;
esac

rm -rf "$out/runtime" "$out/input" "$out/plasticity" "$out/plasticity.app" "$out"/plasticity*."$type"
mkdir -p "$out/input"
cp "$jar" "$out/input/"

modules="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")"
echo "Java runtime with $modules..." >&2
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$out/runtime"

echo "jpackage --type $type, version $app_version..." >&2
jpackage --type "$type" --name plasticity --app-version "$app_version" \
    --vendor "The Plasticity Lab contributors" \
    --copyright "Copyright 2026 The Plasticity Lab contributors, Apache-2.0" \
    --description "Plasticity Lab: a teaching model of how brain networks change (not medical advice)" \
    --input "$out/input" --main-jar plasticity.jar --main-class "$main_class" \
    --runtime-image "$out/runtime" --dest "$out" "${platform_options[@]}"

echo "Wrote $(ls -d "$out"/plasticity* | tr '\n' ' ')" >&2
