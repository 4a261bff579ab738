"""Entity patterns that are regular expressions or token sets rather than phrase lists.

The trigger phrases (fixed names, titles, unit and type words, named bodies) are spaCy
SpanRuler patterns in ``pipeline/data/entity_patterns.jsonl``; the vocabulary the rules' code
reads (surnames, honorifics, document words ...) is ``pipeline/data/entity_rules.json``; the
administrative units are ``data/admin_units.json``.
"""

import regex

# A website named as a source: "Baohatinh.vn", "moh.gov.vn", "Zing.vn". Every match holds WEBSITE_DOMAIN,
# so a text without it is not searched (the host's labels would be tried at every word).
WEBSITE_DOMAIN = r"\.(?:vn|com|net|org|gov|edu|info)"  # a top-level domain the press cites
WEBSITE = r"""(?x)
    (?<![\p{L}\d.@])                            # not inside a longer name or an e-mail address
    [\p{L}\d-]+ (?:\.[\p{L}\d-]+)*              # the host's labels
    """ + WEBSITE_DOMAIN + r""" (?:\.vn)?
    (?![\p{L}\d])
"""
# A numbered document after one of the document words of the rule data (``{documents}``); a bare
# number only before one of ``{followers}`` (``document_number_followers``), the year or a clause's end.
DOCUMENT = r"""(?x)
    (?<![\p{{L}}]) (?:{documents}) \s+
    (?:
        số \s+ \d+ (?:[-/.]?[\p{{L}}\d]+)*          # "Nghị quyết số 21-NQ/TW", "chỉ thị số 18-CT/HU"
      | \d+ (?:[-/][\p{{L}}\d]+)+                  # a code after the number: "Quyết định 1348/QĐ-BNN-TCCB"
      | \d+ (?= \s+năm\s+\d{{4}}                    # a bare number only before the year it is of,
              | \s*[,.;:)]                         # the end of a clause,
              | \s+(?i:{followers})(?![\p{{L}}\p{{M}}]) )  # or a word that follows a document's name
    )
    (?: \s+năm\s+\d{{4}} )?                          # "Nghị định 105 năm 2014"
"""
# A byline line's prefix: "Tác giả: ", "Nguồn tin: ", "Theo ".
BYLINE_PREFIX = r"^\s*(?:{prefixes})\s*(?::\s*|\s+)"
# A source note after a signature, left out of the name: "An Dương (T/h)", "Tuấn Anh (Theo AAP)".
BYLINE_SOURCE_NOTE = regex.compile(r"\s*\((?:T/h|TH|tổng hợp|Theo [^)]*)\)\s*$", regex.IGNORECASE)
OPENING_QUOTES = {"“": "”", "\"": "\"", "«": "»", "'": "'", "‘": "’"}  # single quotes in headlines: Triển lãm 'Bác Hồ ...'
NUMBERED_UNITS = {"quận", "phường", "q.", "p.", "ấp", "tổ", "khu", "xóm", "thôn", "bản", "khu phố", "tổ dân phố", "hẻm", "ngõ", "ngách", "kiệt"}
# Words after which a number is a numbered unit's or a crossroads', not a house's ("ngõ 105 Bạch Mai", "ngã 3 Châu Lộc").
ADDRESS_NOT_AFTER = NUMBERED_UNITS | {"khóm", "ngã", "kiệt", "lô", "km"}
NAME_JOINERS = {"&", "-", "’", "'"}  # inside a name when written without spaces: "KH&ĐT", "Bà Rịa-Vũng Tàu", "Cư M’gar"
# A dateline opening a paragraph with the source in parentheses: "(ICTPress) - ", "(Baonghean) – ".
DATELINE = r"(?m)^\s*\((?P<name>\p{Lu}[\p{L}\p{M}\d.&+]*(?: [\p{L}\p{M}\d.&+]+){0,2})\)\s*[-–]\s"
# The outlet after a news agency and a slash: "TTXVN/Tin Tức", "AFP/TTXVN"; {agencies} filled from the rules.
AGENCY_CREDIT = r"(?<![\p{{L}}\d])(?:{agencies})/(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}\d+]*(?: \p{{Lu}}[\p{{L}}\p{{M}}\d+]*){{0,2}})(?![\p{{L}}\p{{M}}\d])"
