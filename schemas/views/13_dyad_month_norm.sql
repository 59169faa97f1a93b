-- dyad_month divided by every event coded that month (all_events); see dyad_day_norm.
CREATE OR REPLACE VIEW dyad_month_norm AS
SELECT
    d.month,
    d.source_country,
    d.target_country,
    t.all_events,
    COLUMNS('^(events|goldstein_sum|quad[1-4]|plover_intensity_sum|n_[a-z]+)$') / t.all_events
FROM dyad_month AS d
JOIN month_totals AS t ON t.month = d.month;
