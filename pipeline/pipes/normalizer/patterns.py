"""Boilerplate line patterns: what a web page leaves in an article's text that is not the article."""

# A whole line that is a video player's clock ("0:00 / 0:00", "0:00").
VIDEO_TIME_LINE = r"^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$"

# Headers of related-links blocks; the block runs to the next blank line.
RELATED_LINKS_HEADERS = r"^\s*(?:TIN LIÊN QUAN|Tin liên quan|BÀI LIÊN QUAN|Bài liên quan|XEM THÊM|Xem thêm)\s*:?\s*$"

# A caption is a short line; one repeated on the next non-empty line is a caption twice over.
CAPTION_MAX_WORDS = 20
