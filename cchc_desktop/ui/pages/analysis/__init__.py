"""The "Phân tích, kịch bản" page: where the own province lost points, drafted text, scenarios, the report."""
