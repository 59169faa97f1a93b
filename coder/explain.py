"""Text rendering of `coder explain`: actors, triggers and events with the rules behind them."""

from __future__ import annotations

from coder.api import ArticleResult


def render(result: ArticleResult) -> str:
    lines: list[str] = []
    for report in result.sentences:
        lines.append(f"sentence {report.index}: {report.text}")
        lines.append("  actors:")
        for text, code, source in report.actors or [("(none)", "", "")]:
            lines.append(f"    {text!r:32} {code:14} {source}" if code else "    (none)")
        lines.append("  triggers:")
        for trace in report.traces or []:
            lines.append(f"    [{trace.text}] {trace.message}")
        if not report.traces:
            lines.append("    (none)")
        lines.append("  events:")
        for row in report.rows:
            target = row["target_actor"] or "-"
            lines.append(
                f"    {row['source_actor']} -> {target}  {row['plover_type']}"
                f"{'/' + row['plover_mode'] if row['plover_mode'] else ''}  CAMEO {row['cameo_code']}"
                f" ({row['cameo_name']}), Goldstein {row['goldstein']}, date {row['event_date']}"
                f" ({row['date_precision']}, {row['date_source']})"
                + (f", at {row['location_name']} ({row['location_country']})" if row["location_name"] else "")
            )
            lines.append(f"      rule: {row['rule']}")
        if not report.rows:
            lines.append("    (none)")
    return "\n".join(lines)
