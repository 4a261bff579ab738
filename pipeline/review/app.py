"""The review web application: a Flask app over a ReviewSet.

Routes: ``/`` the page (plain HTML and JavaScript from ``static/``), ``/api/articles`` the
menu, ``/api/article/<doc_id>`` one article with its starting annotations and score,
``/api/article/<doc_id>/pipeline`` the pipeline's output as gold (to start over from it),
``POST /api/article/<doc_id>/gold`` save the edited annotations as a gold file.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask, abort, jsonify, request, send_from_directory
from werkzeug.exceptions import HTTPException

from .articles import ReviewSet
from .gold import GoldError, edited_gold, save_gold, score_rows, to_gold

STATIC = Path(__file__).parent / "static"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]"}
NOTES = {"pipeline": "made with vnpipe review from the pipeline's output, corrected by reading",
         "gold": "made with vnpipe review, corrected by reading", "blank": "made with vnpipe review by reading, from a blank page"}


def create_app(review: ReviewSet) -> Flask:
    """The Flask application serving ``review``'s articles."""
    app = Flask(__name__, static_folder=None)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]

    @app.before_request
    def local_only():
        """Answer only requests addressed to this machine: a page elsewhere cannot reach the app by DNS rebinding."""
        host = (request.host or "").rsplit(":", 1)[0]
        if host not in LOCAL_HOSTS:
            return jsonify({"problems": [f"requests for host {host!r} are not served; open http://127.0.0.1/"]}), 403
        return None

    def article_or_404(doc_id: str) -> str:
        if doc_id not in review.articles:
            abort(404, description=f"no article {doc_id!r} in this session")
        return doc_id

    @app.get("/")
    def index():
        return send_from_directory(STATIC, "review.html")

    @app.get("/favicon.ico")
    def favicon():
        return "", 204

    @app.get("/static/<path:name>")
    def static_file(name: str):
        return send_from_directory(STATIC, name)

    @app.get("/api/articles")
    def articles():
        return jsonify({"articles": review.listing(), "mode": "blank" if review.blank else "correct",
                        "gold_dir": str(review.gold_dir)})

    @app.get("/api/article/<doc_id>")
    def article(doc_id: str):
        return jsonify(review.page(article_or_404(doc_id)))

    @app.get("/api/article/<doc_id>/pipeline")
    def pipeline_output(doc_id: str):
        record = to_gold(review.prediction(article_or_404(doc_id)))
        return jsonify({layer: record[layer] for layer in ("entities", "quantities", "dates", "lists", "roles")})

    @app.post("/api/article/<doc_id>/gold")
    def save(doc_id: str):
        article_or_404(doc_id)
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return jsonify({"problems": ["the request is not a JSON object"]}), 400
        annotations = body.get("annotations") or {}
        if not isinstance(annotations, dict):
            return jsonify({"problems": [f"annotations: expected an object, got {type(annotations).__name__}"]}), 400
        article = review.articles[doc_id]
        try:
            gold = edited_gold(annotations, doc_id, article.text, review.meta(doc_id),
                               NOTES.get(str(body.get("origin")), NOTES["gold"]), review.gold_dir)
            path = save_gold(review.gold_dir, gold)
        except GoldError as error:
            return jsonify({"problems": error.problems, "path": str(error.path)}), 400
        return jsonify({"saved": str(path), "score": score_rows(gold, review.prediction(doc_id))})

    @app.errorhandler(404)
    def not_found(error):
        return jsonify({"problems": [str(getattr(error, "description", error))]}), 404

    @app.errorhandler(Exception)
    def failed(error):
        """Anything else (the pipeline failing on an article, a full disk) as a message the page shows."""
        if isinstance(error, HTTPException):
            return jsonify({"problems": [str(error.description)]}), error.code
        app.logger.exception("request failed")
        return jsonify({"problems": [f"{type(error).__name__}: {error}"]}), 500

    return app
