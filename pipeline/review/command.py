"""``vnpipe review``: its arguments and the command (Flask is imported only when it runs)."""

from __future__ import annotations

import logging
import socket
import sys
from pathlib import Path


def listen(port: int) -> socket.socket:
    """A socket bound to 127.0.0.1:port (0: any free port), listening; OSError when the port is taken."""
    listening = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listening.bind(("127.0.0.1", port))
        listening.listen(64)
    except OSError:
        listening.close()
        raise
    return listening


def command_review(args) -> int:
    """``vnpipe review``: serve the articles on 127.0.0.1 until interrupted."""
    from werkzeug.serving import make_server

    from .app import create_app
    from .articles import read_review_set

    if "-" in args.paths:
        print("error: review reads files and folders, not standard input", file=sys.stderr)
        return 2
    out_dir = Path(args.out) if args.out else None
    gold_dir = Path(args.gold) if args.gold else (out_dir / "gold" if out_dir else Path("gold"))
    review = read_review_set(args.paths, gold_dir, out_dir, args.blank, args.entity_model)
    if not review.articles:
        print(f"error: no readable article in {' '.join(args.paths)}", file=sys.stderr)
        return 2
    try:
        listening = listen(args.port)
    except OSError as error:
        print(f"error: cannot serve on 127.0.0.1:{args.port}: {error.strerror or error} (another port: --port N)", file=sys.stderr)
        return 2
    port = listening.getsockname()[1]
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request
    server = make_server("127.0.0.1", port, create_app(review), threaded=True, fd=listening.fileno())
    mode = "annotate from a blank page" if args.blank else "correct the pipeline's output"
    print(f"vnpipe review: {len(review.articles)} articles ({mode}); gold files in {gold_dir}", flush=True)
    print(f"serving on http://127.0.0.1:{port}/ (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def add_parser(sub, entity_model_option: dict) -> None:
    """The ``review`` subcommand's arguments (kept here so cli.py only registers it)."""
    review = sub.add_parser("review", help="review and correct extractions in the browser, saving gold files")
    review.add_argument("paths", nargs="+", help="articles: .txt/.html files, .jsonl dumps, folders")
    review.add_argument("--out", help="folder of pipeline outputs (<doc_id>.json); missing ones are made and written there")
    review.add_argument("--gold", help="folder the gold files are read from and saved to (default: OUT/gold, or ./gold)")
    review.add_argument("--port", type=int, default=8600, help="port on 127.0.0.1 (default 8600; 0: any free port)")
    review.add_argument("--blank", action="store_true", help="annotate from a blank page instead of the pipeline's output")
    review.add_argument("--entity-model", **entity_model_option)
    review.set_defaults(func=command_review)
