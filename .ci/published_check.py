#!/usr/bin/env python3
"""Runs the published sitrep and the build that `dotnet run` runs side by side and fails on any difference.

The published sitrep is native code (Native AOT): it keeps only the code it can see is used and cannot inspect types
at run time, so a path that works under `dotnet run` and the tests can still break there (a JSON contract, a handler,
a database driver). This walks every command family through it, on the demo corpus and the reference story, and
compares what both builds write byte for byte: extraction (text, HTML, PDF), every report format, a SQLite store (ingest,
report --db, stories, changes), a PostgreSQL store when SITREP_TEST_POSTGRES is set, a page and a feed fetched over HTTP
from 127.0.0.1 (read, watch --once), and the web server (pages, every API route, feeds, downloads, an added
report, a problem answer, its stop on SIGTERM and on SIGINT).

Usage: published_check.py PUBLISHED_SITREP REFERENCE_SITREP_DLL [SHARED_DIR]
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

PUBLISHED, REFERENCE_DLL = sys.argv[1], sys.argv[2]
SHARED = sys.argv[3] if len(sys.argv) > 3 else os.path.join("..", "shared")
BUILDS = {"published": [PUBLISHED], "reference": ["dotnet", REFERENCE_DLL]}
WORK = tempfile.mkdtemp(prefix="sitrep-published-check.")
checked = 0
failures = []


def run(build, args):
    """Runs one build with args; returns its stdout bytes (and fails the check on a non-zero exit)."""
    result = subprocess.run(BUILDS[build] + args, capture_output=True, timeout=600)
    if result.returncode != 0:
        failures.append(f"{build}: sitrep {' '.join(args)} exited {result.returncode}: {result.stderr.decode(errors='replace')[-800:]}")
    return result.stdout


def same(what, published, reference):
    global checked
    checked += 1
    if published != reference:
        where = next((i for i, (a, b) in enumerate(zip(published, reference)) if a != b), min(len(published), len(reference)))
        failures.append(f"{what}: the published sitrep differs from the reference build at byte {where} "
                        f"({len(published)} against {len(reference)} bytes): "
                        f"{published[max(0, where - 80):where + 80]!r} against {reference[max(0, where - 80):where + 80]!r}")
    elif not published:
        failures.append(f"{what}: both builds wrote nothing")


def both(what, args):
    same(what, run("published", args), run("reference", args))


def missing(what):
    """As the tests do: a part that needs what is absent is skipped with a message, except on CI, where it fails."""
    if os.environ.get("CI") == "true":
        failures.append(what)
    else:
        print(f"published check: {what}")


def files_of(path):
    with open(path, "rb") as f:
        return f.read()


# --- extraction and reports from files --------------------------------------------------------------------------
both("extract demo --format jsonl", ["extract", "demo", "--format", "jsonl"])
both("extract demo --format csv", ["extract", "demo", "--format", "csv"])
for fmt in ["json", "markdown", "html", "csv", "hxl", "table"]:
    both(f"report --manifest demo/manifest.jsonl --format {fmt}", ["report", "--manifest", "demo/manifest.jsonl", "--format", fmt])
for build in BUILDS:
    run(build, ["report", "--manifest", "demo/manifest.jsonl", "--format", "xlsx", "--out", os.path.join(WORK, f"{build}.xlsx")])
published_xlsx, reference_xlsx = (os.path.join(WORK, f"{b}.xlsx") for b in BUILDS)
if os.path.exists(published_xlsx) and os.path.exists(reference_xlsx):
    same("report --format xlsx", files_of(published_xlsx), files_of(reference_xlsx))  # a workbook is the same bytes each time
else:
    failures.append("report --format xlsx wrote no workbook")

karabakh = os.path.join(SHARED, "corpus", "karabakh-2023", "manifest.jsonl")
if not os.path.exists(karabakh):
    missing(f"no reference corpus at {SHARED}/corpus")
else:
    both("extract the reference story", ["extract", "--manifest", karabakh, "--format", "jsonl"])
    both("report the reference story --format json", ["report", "--manifest", karabakh, "--format", "json"])
html_pages = os.path.join(SHARED, "corpus", "html-pages")
if os.path.isdir(html_pages):
    page = next((os.path.join(root, f) for root, _, fs in sorted(os.walk(html_pages)) for f in sorted(fs) if f.endswith(".html")), None)
    if page:
        both(f"read {os.path.basename(page)} --format json", ["read", page, "--format", "json"])
both("lexicons", ["lexicons"])
pdf = os.path.join("test", "Sitrep.Ingest.Tests", "Pdf", "Fixtures", "tarrow-sitrep-7.pdf")
both("extract a PDF report", ["extract", pdf, "--format", "jsonl"])
both("read a PDF report", ["read", pdf, "--format", "json"])

# --- a SQLite store: ingested by each build, then read by both from one file ---------------------------------------
dbs = {b: os.path.join(WORK, f"{b}.db") for b in BUILDS}
for build, db in dbs.items():
    run(build, ["ingest", "demo", "--db", db])
for args, what in [(["report", "--format", "json"], "report --db"), (["report", "--format", "markdown"], "report --db --format markdown")]:
    same(f"{what}: a store each build ingested", run("published", args + ["--db", dbs["published"]]), run("reference", args + ["--db", dbs["reference"]]))
both("stories, one store", ["stories", "--format", "json", "--db", dbs["published"]])
both("changes --format json, one store", ["changes", "--format", "json", "--db", dbs["published"]])
both("changes --format text, one store", ["changes", "--db", dbs["published"]])
both("stories --search, one store", ["stories", "--search", "dam", "--format", "json", "--db", dbs["published"]])
story_ids = re.findall(rb'"id": ?"(st-[0-9a-f]+)"', run("reference", ["stories", "--format", "json", "--db", dbs["published"]]))
if story_ids:
    story_id = story_ids[0].decode()
    both("report --db --story, one store", ["report", "--story", story_id, "--format", "json", "--db", dbs["published"]])
    for build in BUILDS:
        run(build, ["report", "--story", story_id, "--format", "xlsx", "--out", os.path.join(WORK, f"{build}-story.xlsx"), "--db", dbs["published"]])
    same("report --db --story --format xlsx", *(files_of(os.path.join(WORK, f"{b}-story.xlsx")) for b in BUILDS))
else:
    failures.append("stories --format json listed no story id")

# --- a PostgreSQL store ------------------------------------------------------------------------------------------
postgres = os.environ.get("SITREP_TEST_POSTGRES")
if postgres:
    parts = dict(p.split("=", 1) for p in postgres.split(";") if "=" in p)
    fresh = "sitrep_published_check"
    env = dict(os.environ, PGPASSWORD=parts.get("Password", ""))
    psql = shutil.which("psql") or "/usr/lib/postgresql/15/bin/psql"
    for statement in [f"DROP DATABASE IF EXISTS {fresh}", f"CREATE DATABASE {fresh}"]:
        subprocess.run([psql, "-h", parts["Host"], "-p", parts.get("Port", "5432"), "-U", parts["Username"], "-d", parts["Database"],
                        "-v", "ON_ERROR_STOP=1", "-c", statement], env=env, check=True, capture_output=True)
    target = ";".join(f"{k}={fresh if k == 'Database' else v}" for k, v in parts.items())
    run("published", ["ingest", "demo", "--db", target])
    same("report --db on PostgreSQL, ingested by the published sitrep", run("published", ["report", "--format", "json", "--db", target]),
         run("reference", ["report", "--format", "json", "--db", dbs["reference"]]))
    both("stories on PostgreSQL", ["stories", "--format", "json", "--db", target])
else:
    missing("SITREP_TEST_POSTGRES is not set, the PostgreSQL store is not checked")


# --- reports and feeds fetched over HTTP (a server on 127.0.0.1 with pages and a feed we wrote) ---------------------
site = os.path.join(WORK, "site")
os.makedirs(site)
PAGE = """<!doctype html><html><head><title>Storm floods the Kestrel delta</title>
<meta property="article:published_time" content="2026-04-02T09:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Storm floods the Kestrel delta</h1>
<p>KESTREL, April 2 - At least 3,400 people have left their homes in the Kestrel delta after two days of rain, the regional
emergency office said on Thursday.</p>
<p>Two people died when a bridge collapsed near the river port, police said. Another 15 were injured.</p>
<p>The office said 12 shelters had opened and that 40 tonnes of food had arrived by road.</p></article>
<footer>Copyright 2026 Check Wire. All rights reserved.</footer></body></html>"""
with open(os.path.join(site, "delta.html"), "w", encoding="utf-8") as f:
    f.write(PAGE)
http = subprocess.Popen([sys.executable, "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", site],
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
try:
    port = re.search(r"port (\d+)", http.stdout.readline()).group(1)
    threading.Thread(target=http.stdout.read, daemon=True).start()
    base = f"http://127.0.0.1:{port}"
    with open(os.path.join(site, "feed.xml"), "w", encoding="utf-8") as f:
        f.write(f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Check Wire</title><link>{base}/</link>
<item><title>Storm floods the Kestrel delta</title><link>{base}/delta.html</link><pubDate>Thu, 02 Apr 2026 09:00:00 GMT</pubDate></item>
</channel></rss>""")
    both("read a page over HTTP", ["read", f"{base}/delta.html", "--allow-private", "--format", "json"])
    for build in BUILDS:
        run(build, ["watch", f"{base}/feed.xml", "--once", "--allow-private", "--db", os.path.join(WORK, f"{build}-feed.db")])
    same("report --db of a store filled by watch FEED --once",
         *(run(b, ["report", "--format", "json", "--db", os.path.join(WORK, f"{b}-feed.db")]) for b in BUILDS))
finally:
    http.terminate()

# --- the web server ----------------------------------------------------------------------------------------------
def serve(build, db):
    process = subprocess.Popen(BUILDS[build] + ["serve", "--db", db, "--urls", "http://127.0.0.1:0"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = process.stderr.readline()
        match = re.search(r"listening on (http://\S+)", line or "")
        if match:
            # the request log goes on to stderr: read it away so that a full pipe never stalls the server
            threading.Thread(target=process.stderr.read, daemon=True).start()
            return process, match.group(1)
        if process.poll() is not None:
            break
    process.kill()
    raise SystemExit(f"published check: {build} sitrep serve did not start")


def fetch(base, path, data=None, content_type=None):
    request = urllib.request.Request(base + path, data=data, headers={"Content-Type": content_type} if content_type else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def unstamped(body, base):
    """An answer without what differs from server to server: its own address and the request's trace id."""
    return re.sub(rb'"trace_id":"[^"]*"', b'"trace_id":""', body.replace(base.encode(), b"BASE"))


servers = {}
for build in BUILDS:
    copy = os.path.join(WORK, f"{build}-served.db")
    shutil.copyfile(dbs["published"], copy)
    servers[build] = serve(build, copy)
try:
    bases = {b: s[1] for b, s in servers.items()}
    status, body = fetch(bases["reference"], "/api/stories?limit=5")
    stories = json.loads(body)["stories"] if status == 200 else []
    story = stories[0]["id"] if stories else "none"
    status, body = fetch(bases["reference"], f"/api/figures?limit=3")
    figures = json.loads(body).get("figures", []) if status == 200 else []
    report = figures[0].get("report") if figures else "none"
    paths = ["/", "/site.css", "/add", f"/stories/{story}", "/api/stories", f"/api/stories/{story}", "/api/figures?limit=50",
             f"/api/reports/{report}", f"/reports/{report}", "/api/changes", "/feeds/changes.atom", f"/api/stories/{story}/figures.csv",
             f"/api/stories/{story}/series.csv", "/api/openapi.json", "/api/stories/no-such-story", "/api/figures?measure=casualties",
             f"/api/stories/{story}/ledger.xlsx", "/api/stories?cursor=nope"]
    for path in paths:
        (ps, pb), (rs, rb) = (fetch(bases[b], path) for b in BUILDS)
        same(f"GET {path}: status", str(ps).encode(), str(rs).encode())
        same(f"GET {path}", unstamped(pb, bases["published"]), unstamped(rb, bases["reference"]))
    status, body = fetch(bases["published"], "/healthz")
    same("GET /healthz: status", str(status).encode(), b"200")
    health = json.loads(body)
    same("GET /healthz: fields", ",".join(sorted(health)).encode(), ",".join(sorted(json.loads(fetch(bases["reference"], "/healthz")[1]))).encode())
    added = json.dumps({"text": "Flooding in the river valley has forced 1,200 people from their homes, the regional governor said on Tuesday. "
                                "At least four people have died.", "title": "Floods force 1,200 from homes", "outlet": "Check Wire",
                        "published": "2026-03-03"}).encode()
    (ps, pb), (rs, rb) = (fetch(bases[b], "/api/reports", added, "application/json") for b in BUILDS)
    same("POST /api/reports: status", str(ps).encode(), str(rs).encode())
    same("POST /api/reports", pb, rb)
    (ps, pb), (rs, rb) = (fetch(bases[b], "/api/reports", b'{"text": ', "application/json") for b in BUILDS)
    same("POST /api/reports, broken JSON: status", str(ps).encode(), str(rs).encode())
finally:
    for process, _ in servers.values():
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            failures.append("sitrep serve did not stop on SIGTERM within 30 s")
    for build, (process, _) in servers.items():
        if process.returncode not in (0, None):
            failures.append(f"{build} sitrep serve exited {process.returncode} on SIGTERM")

# Ctrl+C stops the server as SIGTERM does (exit code 0)
process, _ = serve("published", os.path.join(WORK, "published-served.db"))
process.send_signal(signal.SIGINT)
try:
    same("sitrep serve: exit code on SIGINT", str(process.wait(timeout=30)).encode(), b"0")
except subprocess.TimeoutExpired:
    process.kill()
    failures.append("sitrep serve did not stop on SIGINT within 30 s")

shutil.rmtree(WORK, ignore_errors=True)
if failures:
    print(f"published check: {len(failures)} of {checked} comparisons failed", file=sys.stderr)
    for failure in failures:
        print("  " + failure, file=sys.stderr)
    sys.exit(1)
print(f"published check: the published sitrep wrote what the reference build wrote, {checked} comparisons")
