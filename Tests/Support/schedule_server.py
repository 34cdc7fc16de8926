#!/usr/bin/env python3
"""A schedule server for Lineup's tests: binds 127.0.0.1 on a free port, prints the port on
its first line of output, and serves until it is terminated.

    schedule_server.py STATE_DIR

STATE_DIR/current holds the absolute path of the file /schedule serves (the tests rewrite it to
switch versions); every request is appended to STATE_DIR/requests.log as one line:
"METHOD PATH If-None-Match If-Modified-Since" ("-" for a header not sent).

Routes:
  /schedule, /schedule.xml  the current file, with an ETag (its SHA-1) and a Last-Modified (its
                            modification time); 304 when If-None-Match matches the ETag or
                            If-Modified-Since is not before the modification time
  /gzip                     the current file gzip-compressed (Content-Encoding: gzip)
  /status/NNN               an empty response with status NNN
  /slow?seconds=N           waits N seconds, then serves the current file
  /big?bytes=N[&length=no]  N bytes of "x", with a Content-Length unless length=no
  /redirect?to=URL          302 to URL
  /garbage                  200 with bytes that are no schedule
"""
import email.utils
import gzip
import hashlib
import http.server
import os
import sys
import threading
import time
import urllib.parse

STATE = sys.argv[1]


def current_file():
    with open(os.path.join(STATE, "current"), encoding="utf-8") as handle:
        return handle.read().strip()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def record(self):
        line = " ".join([self.command, self.path,
                         self.headers.get("If-None-Match") or "-",
                         (self.headers.get("If-Modified-Since") or "-").replace(" ", "_"),
                         (self.headers.get("User-Agent") or "-").replace(" ", "_")])
        with open(os.path.join(STATE, "requests.log"), "a", encoding="utf-8") as log:
            log.write(line + "\n")

    def send_body(self, status, body, headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def serve_current(self, compress=False):
        path = current_file()
        with open(path, "rb") as handle:
            body = handle.read()
        tag = '"' + hashlib.sha1(body).hexdigest() + '"'
        modified = int(os.stat(path).st_mtime)
        headers = [("ETag", tag), ("Last-Modified", email.utils.formatdate(modified, usegmt=True))]
        match = self.headers.get("If-None-Match")
        since = self.headers.get("If-Modified-Since")
        if match is not None and match == tag:
            return self.send_body(304, b"", headers)
        if match is None and since is not None:
            parsed = email.utils.parsedate_to_datetime(since)
            if parsed is not None and modified <= parsed.timestamp():
                return self.send_body(304, b"", headers)
        if compress:
            body = gzip.compress(body)
            headers.append(("Content-Encoding", "gzip"))
        self.send_body(200, body, headers)

    def do_GET(self):
        self.record()
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        if url.path in ("/schedule", "/schedule.xml"):
            self.serve_current()
        elif url.path == "/gzip":
            self.serve_current(compress=True)
        elif url.path.startswith("/status/"):
            self.send_body(int(url.path[len("/status/"):]), b"")
        elif url.path == "/slow":
            time.sleep(float(query.get("seconds", "30")))
            self.serve_current()
        elif url.path == "/big":
            size = int(query["bytes"])
            self.send_response(200)
            if query.get("length") == "no":
                self.send_header("Connection", "close")
                self.close_connection = True
            else:
                self.send_header("Content-Length", str(size))
            self.end_headers()
            chunk = b"x" * 65536
            sent = 0
            try:
                while sent < size:
                    piece = chunk[:min(len(chunk), size - sent)]
                    self.wfile.write(piece)
                    sent += len(piece)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif url.path == "/redirect":
            self.send_body(302, b"", [("Location", query["to"])])
        elif url.path == "/garbage":
            self.send_body(200, b"\x00\x01\x02 this is no schedule \xff\xfe")
        else:
            self.send_body(404, b"not found")


def exit_with_parent():
    """Ends the server when the test process that started it is gone (even by a crash)."""
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def main():
    threading.Thread(target=exit_with_parent, daemon=True).start()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
