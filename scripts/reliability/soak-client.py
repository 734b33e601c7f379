#!/usr/bin/env python3
"""Mixed traffic for the load soak (scripts/reliability/soak), standard library only.

Keep-alive HTTP/1.1 connections on loopback, each worker one connection, requests one after another:
public pages, JSON API reads, contact-form posts (each with its own X-Forwarded-For, the server runs
with --trust-proxy) and authenticated API writes that create, update and delete bodies with
If-Match. While it runs it samples the server's resident memory (VmRSS) once a second. Afterwards it
reads back every acknowledged write (API records through the API, contact inquiries from the
database file) and writes a JSON report; the wrapper judges it.

Why not wrk: the writes are chains (create -> update with the version the create answered ->
delete with the version the update answered), and every acknowledged one must be checked
afterwards. Per-thread Lua state in wrk can do the first, but getting the acknowledged writes out of
wrk's threads for the check is awkward; a small asyncio client does both and needs nothing installed.
"""

import argparse
import asyncio
import json
import random
import sqlite3
import statistics
import sys
import time
import urllib.parse

LANGS = ["de", "en", "fr", "pl", "ro"]


class ConnectionError_(Exception):
    pass


class Connection:
    """One keep-alive HTTP/1.1 connection; reconnects only when the server closed it cleanly after
    an answer that said `Connection: close` (which the soak counts as an error anyway)."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def open(self):
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    async def close(self):
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
            self.writer = None

    async def request(self, method, path, headers=None, body=b""):
        if self.writer is None:
            await self.open()
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        for k, v in (headers or {}).items():
            lines.append(f"{k}: {v}")
        if body or method in ("POST", "PUT"):
            lines.append(f"Content-Length: {len(body)}")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode()
        self.writer.write(head + body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError_("connection closed before an answer")
        parts = status_line.decode("latin-1").split(" ", 2)
        status = int(parts[1])
        answer_headers = {}
        while True:
            line = await self.reader.readline()
            if not line:
                raise ConnectionError_("connection closed inside the answer's head")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode("latin-1").partition(":")
            answer_headers[name.strip().lower()] = value.strip()
        if method == "HEAD" or status in (204, 304):
            data = b""
        elif "content-length" in answer_headers:
            data = await self.reader.readexactly(int(answer_headers["content-length"]))
        elif answer_headers.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int((await self.reader.readline()).split(b";")[0].strip(), 16)
                if size == 0:
                    while (await self.reader.readline()) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(await self.reader.readexactly(size))
                await self.reader.readexactly(2)
            data = b"".join(chunks)
        else:
            data = await self.reader.read()
            await self.close()
        if answer_headers.get("connection", "").lower() == "close":
            await self.close()
        return status, answer_headers, data


class Soak:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.deadline = 0.0
        self.counts = {}  # class -> {"requests", "5xx", "unexpected", "latencies"}
        self.errors = []  # first few errors, for the report
        self.connection_errors = 0
        self.contacts = []  # (inquiry id, subject)
        self.bodies = {}  # slug -> {"version", "name", "deleted"}
        self.writes = {"create": 0, "update": 0, "delete": 0, "contact": 0}
        self.rss = []  # (seconds since start, KiB)
        self.contact_counter = 0

    def record(self, kind, status, expected, elapsed, what):
        c = self.counts.setdefault(
            kind, {"requests": 0, "5xx": 0, "unexpected": 0, "latencies": []}
        )
        c["requests"] += 1
        c["latencies"].append(elapsed)
        if status >= 500:
            c["5xx"] += 1
        if status not in expected:
            c["unexpected"] += 1
            if len(self.errors) < 20:
                self.errors.append(f"{kind}: {what} answered {status}")
        return status in expected

    async def call(self, conn, kind, method, path, expected, headers=None, body=b""):
        started = time.monotonic()
        try:
            status, headers_, data = await conn.request(method, path, headers, body)
        except (OSError, ConnectionError_, asyncio.IncompleteReadError, ValueError) as e:
            self.connection_errors += 1
            if len(self.errors) < 20:
                self.errors.append(f"{kind}: {method} {path}: {type(e).__name__}: {e}")
            await conn.close()
            return None
        ok = self.record(kind, status, expected, time.monotonic() - started, f"{method} {path}")
        return (status, headers_, data) if ok else None

    # ---- traffic ---------------------------------------------------------------------------

    def page_path(self, rng):
        lang = rng.choice(LANGS)
        p = rng.choice(self.partnerships)
        b = rng.choice(self.public_bodies)
        country = rng.choice(["fr", "pl", "ro", "de", "ch", "cz"])
        word = rng.choice(["harz", "wernigerode", "iasi", "konskie", "quedlinburg", "bistrita", "xyzzy", "halbe"])
        return rng.choice(
            [
                f"/{lang}/",
                f"/{lang}/partnerships",
                f"/{lang}/partnerships?country={country}",
                f"/{lang}/partnerships?country={country}&status=active&page=1",
                f"/{lang}/partnerships?level=municipal&kind=partnership",
                f"/{lang}/partnerships/{p}",
                f"/{lang}/bodies/{b}",
                f"/{lang}/search?q={urllib.parse.quote(word)}",
                f"/{lang}/events",
                f"/{lang}/events.ics",
                f"/{lang}/map",
                f"/{lang}/open-data",
                f"/{lang}/practices",
                f"/{lang}/contact",
                "/api/v1/exports/partnerships.csv",
                "/api/v1/exports/bodies.json",
                "/api/v1/exports/partnerships.geojson",
            ]
        )

    def api_path(self, rng):
        p = rng.choice(self.partnerships)
        b = rng.choice(self.public_bodies)
        word = rng.choice(["harz", "iasi", "konsk", "werni", "nothing-here"])
        return rng.choice(
            [
                "/api/v1/partnerships",
                f"/api/v1/partnerships?country={rng.choice(['fr', 'pl', 'ro'])}&per_page=20",
                f"/api/v1/partnerships/{p}",
                "/api/v1/bodies?per_page=100",
                f"/api/v1/bodies/{b}",
                f"/api/v1/search?q={word}",
                "/api/v1/events",
                "/api/v1/milestones",
                "/api/v1/facts",
                "/api/v1/catalog.jsonld",
                "/healthz",
            ]
        )

    async def contact(self, conn, rng):
        self.contact_counter += 1
        n = self.contact_counter
        subject = f"Soak {n}"
        form = urllib.parse.urlencode(
            {
                "name": f"Soak sender {n}",
                "email": f"soak{n}@example.org",
                "subject": subject,
                "message": f"Soak message number {n}: is the partnership still active?",
                "consent": "yes",
                "website": "",
            }
        ).encode()
        # A documentation address (RFC 3849) per post, in its own /64 (the rate limit counts IPv6
        # per /64): only header text, nothing is sent there.
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Forwarded-For": f"2001:db8:{n // 65536:x}:{n % 65536:x}::1",
        }
        lang = rng.choice(LANGS)
        answer = await self.call(conn, "contact post", "POST", f"/{lang}/contact", {303}, headers, form)
        if answer is None:
            return
        location = answer[1].get("location", "")
        ref = urllib.parse.parse_qs(urllib.parse.urlparse(location).query).get("ref", [""])[0]
        if ref.isdigit():
            self.contacts.append((int(ref), subject))
            self.writes["contact"] += 1
        elif len(self.errors) < 20:
            self.errors.append(f"contact post answered 303 without an inquiry number: {location}")

    async def api_write(self, conn, rng, worker):
        auth = {"Authorization": f"Bearer {self.args.token}", "Content-Type": "application/json"}
        live = [s for s, b in self.bodies.items() if not b["deleted"] and b["worker"] == worker]
        action = "create" if len(live) < 3 else rng.choice(["create", "update", "update", "delete"])
        if action == "create":
            slug = f"soak-{worker}-{len(self.bodies)}-{rng.randrange(10**6)}"
            name = f"Soak town {slug}"
            record = {"slug": slug, "name": name, "kind": "municipality", "country": "DE",
                      "parent": self.home, "latitude": 51.8, "longitude": 10.8,
                      "description": {"de": "Angelegt vom Dauertest."}}
            answer = await self.call(conn, "api write", "POST", "/api/v1/bodies", {201}, auth,
                                     json.dumps(record).encode())
            if answer is not None:
                version = int(answer[1]["etag"].strip('"'))
                self.bodies[slug] = {"version": version, "name": name, "deleted": False, "worker": worker}
                self.writes["create"] += 1
            return
        slug = rng.choice(live)
        body = self.bodies[slug]
        if action == "update":
            name = f"Soak town {slug} v{body['version'] + 1}"
            record = {"slug": slug, "name": name, "kind": "municipality", "country": "DE",
                      "parent": self.home, "website": f"https://example.org/{slug}"}
            headers = dict(auth, **{"If-Match": f'"{body["version"]}"'})
            answer = await self.call(conn, "api write", "PUT", f"/api/v1/bodies/{slug}", {200},
                                     headers, json.dumps(record).encode())
            if answer is not None:
                body["version"] = int(answer[1]["etag"].strip('"'))
                body["name"] = name
                self.writes["update"] += 1
        else:
            headers = {"Authorization": auth["Authorization"], "If-Match": f'"{body["version"]}"'}
            answer = await self.call(conn, "api write", "DELETE", f"/api/v1/bodies/{slug}", {204}, headers)
            if answer is not None:
                body["deleted"] = True
                self.writes["delete"] += 1

    async def worker(self, index):
        rng = random.Random(self.args.seed * 1000 + index)
        conn = Connection(self.args.host, self.args.port)
        w = self.args.weights
        total = sum(w.values())
        while time.monotonic() < self.deadline:
            r = rng.uniform(0, total)
            if r < w["page"]:
                await self.call(conn, "public page", "GET", self.page_path(rng), {200})
            elif r < w["page"] + w["api"]:
                await self.call(conn, "api read", "GET", self.api_path(rng), {200})
            elif r < w["page"] + w["api"] + w["contact"]:
                await self.contact(conn, rng)
            else:
                await self.api_write(conn, rng, index)
        await conn.close()

    async def sample_memory(self, started):
        while time.monotonic() < self.deadline:
            try:
                with open(f"/proc/{self.args.pid}/status") as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            self.rss.append((round(time.monotonic() - started, 1), int(line.split()[1])))
            except OSError:
                self.errors.append("the server process is gone")
                return
            await asyncio.sleep(1)

    # ---- checks afterwards ----------------------------------------------------------------

    async def verify(self):
        conn = Connection(self.args.host, self.args.port)
        auth = {"Authorization": f"Bearer {self.args.token}"}
        readable = missing = 0
        for slug, b in self.bodies.items():
            try:
                status, headers, data = await conn.request("GET", f"/api/v1/bodies/{slug}/record", auth)
            except (OSError, ConnectionError_, asyncio.IncompleteReadError) as e:
                self.connection_errors += 1
                self.errors.append(f"check of {slug}: {e}")
                await conn.close()
                missing += 1
                continue
            if b["deleted"]:
                good = status == 404
            else:
                good = (status == 200 and headers.get("etag") == f'"{b["version"]}"'
                        and json.loads(data)["record"]["name"] == b["name"])
            if good:
                readable += 1
            else:
                missing += 1
                if len(self.errors) < 40:
                    self.errors.append(f"body {slug} (deleted={b['deleted']}, v{b['version']}): {status}")
        await conn.close()
        # Inquiries are for staff only: read them from the database file (WAL readers see every
        # committed write while the server runs).
        db = sqlite3.connect(f"file:{self.args.database}?mode=ro", uri=True)
        stored = dict(db.execute("SELECT id, subject FROM inquiries").fetchall())
        db.close()
        contact_ok = sum(1 for i, s in self.contacts if stored.get(i) == s)
        return {
            "api_records_checked": len(self.bodies),
            "api_records_as_acknowledged": readable,
            "api_records_lost_or_wrong": missing,
            "contact_posts_acknowledged": len(self.contacts),
            "contact_posts_stored": contact_ok,
            "contact_posts_lost": len(self.contacts) - contact_ok,
        }

    async def run(self):
        conn = Connection(self.args.host, self.args.port)
        _, _, data = await conn.request("GET", "/api/v1/partnerships?per_page=500")
        self.partnerships = [p["slug"] for p in json.loads(data)["items"]]
        _, _, data = await conn.request("GET", "/api/v1/bodies?per_page=500")
        self.public_bodies = [b["slug"] for b in json.loads(data)["items"]]
        await conn.close()
        self.home = self.args.home
        started = time.monotonic()
        self.deadline = started + self.args.seconds
        await asyncio.gather(self.sample_memory(started),
                             *(self.worker(i) for i in range(self.args.connections)))
        elapsed = time.monotonic() - started
        checks = await self.verify()
        classes = {}
        for kind, c in sorted(self.counts.items()):
            lat = sorted(c["latencies"])
            classes[kind] = {
                "requests": c["requests"], "5xx": c["5xx"], "unexpected": c["unexpected"],
                "p50_ms": round(1000 * lat[len(lat) // 2], 1) if lat else None,
                "p99_ms": round(1000 * lat[int(len(lat) * 0.99)], 1) if lat else None,
            }
        return {
            "seconds": round(elapsed, 1),
            "connections": self.args.connections,
            "requests": sum(c["requests"] for c in self.counts.values()),
            "classes": classes,
            "connection_errors": self.connection_errors,
            "writes": self.writes,
            "checks": checks,
            "rss_kib": self.rss,
            "errors": self.errors,
        }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--database", required=True, help="the SQLite file, to read inquiries back")
    ap.add_argument("--home", default="landkreis-harz", help="parent of the bodies the soak creates")
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--report", required=True)
    args = ap.parse_args()
    # Shares of the traffic: pages, API reads, contact posts, API writes.
    args.weights = {"page": 55, "api": 25, "contact": 8, "write": 12}
    report = asyncio.run(Soak(args).run())
    report["memory"] = memory_verdict(report["rss_kib"], args.seconds)
    with open(args.report, "w") as f:
        json.dump(report, f, indent=1)
    return judge(report)


def memory_verdict(samples, seconds):
    """Flat memory: after a warm-up (15 % of the run, at least 10 s: the page cache, SQLite's page
    cache and the allocator's arenas fill up), the median RSS of the last third of the samples is
    within 10 % or 8 MiB (whichever is larger) of the median of the first third. Medians, so a
    single export's buffer does not decide; thirds, so a slow leak shows as a step between them."""
    warm = max(10.0, 0.15 * seconds)
    kept = [kib for t, kib in samples if t >= warm]
    if len(kept) < 6:
        return {"ok": False, "reason": f"only {len(kept)} samples after the warm-up"}
    third = len(kept) // 3
    first = statistics.median(kept[:third])
    last = statistics.median(kept[-third:])
    allowed = max(0.10 * first, 8 * 1024)
    return {
        "ok": last - first <= allowed,
        "warm_up_s": warm,
        "first_third_median_mib": round(first / 1024, 1),
        "last_third_median_mib": round(last / 1024, 1),
        "max_mib": round(max(kib for _, kib in samples) / 1024, 1),
        "growth_mib": round((last - first) / 1024, 1),
        "allowed_growth_mib": round(allowed / 1024, 1),
    }


def judge(report):
    """Prints the table and returns the exit code: 0 only with no 5xx, no unexpected answer, no
    connection error, every acknowledged write read back, and flat memory."""
    print(f"{'traffic':<14} {'requests':>9} {'5xx':>5} {'unexpected':>10} {'p50 ms':>8} {'p99 ms':>8}")
    for kind, c in report["classes"].items():
        print(f"{kind:<14} {c['requests']:>9} {c['5xx']:>5} {c['unexpected']:>10} "
              f"{c['p50_ms']:>8} {c['p99_ms']:>8}")
    rate = report["requests"] / report["seconds"]
    print(f"{'all':<14} {report['requests']:>9}   in {report['seconds']} s "
          f"({rate:.0f} req/s, {report['connections']} connections)")
    w, c, m = report["writes"], report["checks"], report["memory"]
    print(f"connection errors: {report['connection_errors']}")
    print(f"writes acknowledged: {w['create']} creates, {w['update']} updates, {w['delete']} deletes "
          f"(API), {w['contact']} contact posts")
    print(f"read back: {c['api_records_as_acknowledged']} of {c['api_records_checked']} API records as "
          f"acknowledged, {c['contact_posts_stored']} of {c['contact_posts_acknowledged']} inquiries")
    rss = report["rss_kib"]
    step = max(1, len(rss) // 12)
    curve = ", ".join(f"{t:.0f}s {kib / 1024:.1f}" for t, kib in rss[::step])
    print(f"RSS (MiB) every {step} s: {curve}")
    print("memory: " + ", ".join(f"{k} {v}" for k, v in m.items()))
    failures = []
    if any(x["5xx"] for x in report["classes"].values()):
        failures.append("server errors (5xx)")
    if any(x["unexpected"] for x in report["classes"].values()):
        failures.append("unexpected answers")
    if report["connection_errors"]:
        failures.append("connection errors")
    if c["api_records_lost_or_wrong"] or c["contact_posts_lost"]:
        failures.append("acknowledged writes not read back")
    if not m["ok"]:
        failures.append("memory grew")
    for e in report["errors"]:
        print(f"  {e}")
    if failures:
        print("SOAK FAILED: " + ", ".join(failures))
        return 1
    print("soak passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
