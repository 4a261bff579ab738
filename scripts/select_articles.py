"""Choose the development/test articles from ``../shared/data/baomoi2017`` (issue 12).

Reproducible: a topic is guessed from keywords of the title and lead, articles of
900-3,200 characters are kept, and within each topic a seeded shuffle picks the articles,
preferring those with an enumeration or a person given a post (the shapes gold must
measure). The six articles with an independent annotation are always included. Prints one
``id<TAB>topic<TAB>flags<TAB>title`` line per chosen article; ``--write`` copies the chosen
articles (title, blank line, text: what ``vnpipe run`` reads from the JSONL line) to
``corpus/articles/<id>.txt``.
"""

from __future__ import annotations

import argparse
import json
import random
import unicodedata
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "data" / "baomoi2017" / "baomoi2017.jsonl"
NAMED = ["baomoi-22720438", "baomoi-21473889", "baomoi-21490989",
         "baomoi-22725300", "baomoi-22684249", "baomoi-22581600"]

TOPICS = {
    "politics": r"Tỉnh ủy|Huyện ủy|Đảng bộ|đảng viên|Bộ Chính trị|Ban Bí thư|Trung ương Đảng|chi bộ",
    "government": r"Thủ tướng|Chính phủ|Quốc hội|UBND|Bộ trưởng|Nghị định|HĐND",
    "economy": r"doanh nghiệp|xuất khẩu|ngân hàng|lãi suất|tỷ đồng|GDP|chứng khoán|giá vàng",
    "law": r"Công an|khởi tố|bị can|tạm giam|Tòa án|xét xử|Viện kiểm sát|cảnh sát",
    "society": r"người dân|hộ nghèo|từ thiện|tai nạn giao thông|môi trường|nông dân",
    "health": r"bệnh viện|Bộ Y tế|bác sĩ|bệnh nhân|dịch bệnh|vắc xin|điều trị",
    "education": r"học sinh|sinh viên|giáo viên|Bộ GD|tuyển sinh|trường đại học|kỳ thi",
    "sport": r"bóng đá|HLV|cầu thủ|đội tuyển|V-League|huy chương|vận động viên|Premier League|bàn thắng",
    "world": r"Tổng thống|Triều Tiên|Syria|Liên Hợp Quốc|NATO|Điện Kremlin|Nhà Trắng|Bắc Kinh|Washington|Moscow|Philippines|Thái Lan",
    "culture": r"văn hóa|lễ hội|di sản|nghệ thuật|bảo tàng|ca sĩ|phim|du lịch",
    "technology": r"smartphone|iPhone|Android|Internet|ứng dụng|phần mềm|Apple|Samsung|Google|Facebook|robot|trí tuệ nhân tạo|vệ tinh|nhà khoa học",
}
ENUMERATION = regex.compile(
    r"\b(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+\p{Ll}+(?:\s\p{Ll}+){0,3}\s?(?::|\()"
    r"|\b(?:gồm|bao gồm|như sau|sau đây|đó là|như)\s?:|Thứ nhất|Một là|\n\s*[-–•+]\s|(?:^|\s)[a-d1-9][).]\s\p{Lu}")
ROLE = regex.compile(r"\b(?:Bí thư|Chủ tịch|Giám đốc|Bộ trưởng|Thủ tướng|Phó Chủ tịch|Trưởng ban|"
                     r"Tổng Giám đốc|Thứ trưởng|Viện trưởng|Cục trưởng|HLV)\s+\p{Lu}")


def topic_of(title: str, lead: str) -> str | None:
    """The topic whose keywords occur most in the title (counted twice) and lead, or None."""
    scores = {name: 2 * len(regex.findall(words, title)) + len(regex.findall(words, lead))
              for name, words in TOPICS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else None


def article_text(row: dict) -> str:
    """The text ``vnpipe run`` reads from a JSONL line: title, a blank line, then the text."""
    title = (row.get("title") or "").strip()
    return unicodedata.normalize("NFC", "\n\n".join(p for p in (title, row["text"].strip()) if p))


def choose(per_topic: int, seed: int) -> list[tuple[dict, str, str]]:
    rows = {}
    by_topic: dict[str, list[dict]] = {name: [] for name in TOPICS}
    for line in POOL.open(encoding="utf-8"):
        row = json.loads(line)
        rows[row["id"]] = row
        if row["id"] in NAMED or not 900 <= len(row["text"]) <= 3200:
            continue
        topic = topic_of(row["title"], row["text"][:600])
        if topic:
            by_topic[topic].append(row)
    chosen = [(rows[i], "named", flags_of(rows[i])) for i in NAMED]
    rng = random.Random(seed)
    for name, candidates in by_topic.items():
        rng.shuffle(candidates)
        candidates.sort(key=lambda r: -len(flags_of(r)) - ("L" in flags_of(r)))
        chosen += [(row, name, flags_of(row)) for row in candidates[:per_topic]]
    return chosen


def flags_of(row: dict) -> str:
    text = row["title"] + "\n" + row["text"]
    return ("L" if ENUMERATION.search(text) else "") + ("R" if ROLE.search(text) else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-topic", type=int, default=5)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    for row, topic, flags in choose(args.per_topic, args.seed):
        print(f"{row['id']}\t{topic}\t{flags}\t{row['title']}")
        if args.write:
            (ROOT / "corpus" / "articles" / f"{row['id']}.txt").write_text(article_text(row), encoding="utf-8")


if __name__ == "__main__":
    main()
