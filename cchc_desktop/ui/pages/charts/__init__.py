"""The "Đồ thị" page: rank over the years, score against the national average, all provinces, lost points."""
