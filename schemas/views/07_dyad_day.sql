-- Directed country dyads by day (target_country null: events without a target).
-- events; Goldstein sum and mean; QuadClass counts quad1..quad4; PLOVER intensity sum;
-- counts per PLOVER type n_agree..n_assault; the most negative event (lowest Goldstein,
-- ties broken by the smallest event_id) and its Goldstein score.
CREATE OR REPLACE VIEW dyad_day AS
SELECT
    event_date,
    source_country,
    target_country,
    count(*)                                             AS events,
    sum(goldstein)                                       AS goldstein_sum,
    avg(goldstein)                                       AS goldstein_mean,
    CAST(sum(COLUMNS('^quad[1-4]$')) AS BIGINT),
    sum(plover_intensity)                                AS plover_intensity_sum,
    CAST(sum(COLUMNS('^n_[a-z]+$')) AS BIGINT),
    (array_agg(event_id ORDER BY goldstein, event_id))[1] AS most_negative_event_id,
    min(goldstein)                                       AS most_negative_goldstein
FROM event_measures
GROUP BY event_date, source_country, target_country;
