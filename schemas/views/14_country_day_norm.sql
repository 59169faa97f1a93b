-- country_day divided by every event coded that day (all_events): the counts and sums,
-- net_cooperation included; means, shares and the most negative event are left out.
CREATE OR REPLACE VIEW country_day_norm AS
SELECT
    c.event_date,
    c.country,
    c.role,
    t.all_events,
    COLUMNS('^(events|goldstein_sum|quad[1-4]|plover_intensity_sum|n_[a-z]+|net_cooperation)$')
        / t.all_events
FROM country_day AS c
JOIN day_totals AS t ON t.event_date = c.event_date;
