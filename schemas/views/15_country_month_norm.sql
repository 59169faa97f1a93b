-- country_month divided by every event coded that month (all_events); see country_day_norm.
CREATE OR REPLACE VIEW country_month_norm AS
SELECT
    c.month,
    c.country,
    c.role,
    t.all_events,
    COLUMNS('^(events|goldstein_sum|quad[1-4]|plover_intensity_sum|n_[a-z]+|net_cooperation)$')
        / t.all_events
FROM country_month AS c
JOIN month_totals AS t ON t.month = c.month;
