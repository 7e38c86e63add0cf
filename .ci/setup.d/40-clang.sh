# `dotnet publish` links the native sitrep with clang (Native AOT); without it, publish falls back to a ReadyToRun
# image and the published check below would not check the native program. Sourced by .ci/run.
if ! command -v clang >/dev/null 2>&1; then
  echo "installing clang to link the native sitrep"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq clang >/dev/null
fi
clang --version | head -1
