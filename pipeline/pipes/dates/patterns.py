"""Contexts for dates that the grammar alone cannot decide."""

# A bare four-digit year (no "năm" before it) is a date only after one of these.
BARE_YEAR_CONTEXT = {"(", "kỳ", "đoạn", "đến", "từ", "tới", "khóa", "cuối", "đầu", "trong", "vào", "sau", "trước", "mùa", "niên", "học", "vụ"}
# A day-month without a year ("19/8", "21-5") is a date unless a lowercase word other
# than these follows it, which makes it a fraction or a ratio ("41/81 tỉnh").
DAY_MONTH_FOLLOWERS = {"và", "tại", "ở", "đến", "tới", "vừa", "qua", "tới", "này", "năm", "đã"}
QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# Words before a day-month that make it a date whatever follows ("trong ngày 17/12 đánh dấu").
DATE_CONTEXT = {"ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "từ", "đến", "tới", "đợt", "(", "và", "rạng"}
# A score word after one of these names an anniversary, and the day-month after it is its date
# ("kỷ niệm chiến thắng 30-4", "Ngày chiến thắng 7-5"), not a match score.
EVENT_BEFORE_SCORE_WORD = {"ngày", "niệm", "mừng", "lễ", "dịp"}
# Of the words above, these open a range of counts as well as one of dates: after them a
# dashed, rising day-month still needs a follower the day-month rule allows ("tới 2-3 buổi" is a range
# of counts; "đến 21/8 hội nghị", "đến 16-2 tàu" stay dates).
RANGE_WORDS = {"từ", "đến", "tới", "và"}
# A day-month or a period after one of these is a number, a count or a level, never a date
# ("số 12-3", "lần 2-3", "gió cấp 2-3").
NOT_DATE_AFTER = {"số", "lần", "cấp"}
