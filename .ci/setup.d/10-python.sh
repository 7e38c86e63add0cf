# The extraction bar is checked with the team's scorer, ../shared/eval/score.py, which needs python3.
if ! command -v python3 >/dev/null 2>&1; then
  echo "installing python3 for ../shared/eval/score.py"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3 >/dev/null
fi
python3 --version
