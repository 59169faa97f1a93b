-- dyad_day normalised by news volume: all_events = every event coded that day; the counts
-- and sums (events, goldstein_sum, quad1..quad4, plover_intensity_sum, n_*) divided by it.
-- Means and the most negative event are not volume measures and are left out.
CREATE OR REPLACE VIEW dyad_day_norm AS
SELECT
    d.event_date,
    d.source_country,
    d.target_country,
    t.all_events,
    COLUMNS('^(events|goldstein_sum|quad[1-4]|plover_intensity_sum|n_[a-z]+)$') / t.all_events
FROM dyad_day AS d
JOIN day_totals AS t ON t.event_date = d.event_date;
