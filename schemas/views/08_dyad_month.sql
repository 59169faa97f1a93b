-- Directed country dyads by month (month = its first day); the measures of dyad_day.
CREATE OR REPLACE VIEW dyad_month AS
SELECT
    month,
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
GROUP BY month, source_country, target_country;
