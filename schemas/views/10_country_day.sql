-- Countries by day, as source and as target (role): the measures of dyad_day, plus
-- material_conflict_share = quad4 / events and net_cooperation = (quad1 + quad2) - (quad3 + quad4).
CREATE OR REPLACE VIEW country_day AS
SELECT
    event_date,
    country,
    role,
    count(*)                                             AS events,
    sum(goldstein)                                       AS goldstein_sum,
    avg(goldstein)                                       AS goldstein_mean,
    CAST(sum(COLUMNS('^quad[1-4]$')) AS BIGINT),
    sum(plover_intensity)                                AS plover_intensity_sum,
    CAST(sum(COLUMNS('^n_[a-z]+$')) AS BIGINT),
    (array_agg(event_id ORDER BY goldstein, event_id))[1] AS most_negative_event_id,
    min(goldstein)                                       AS most_negative_goldstein,
    sum(quad4) / count(*)                                AS material_conflict_share,
    CAST(sum(quad1 + quad2 - quad3 - quad4) AS BIGINT)   AS net_cooperation
FROM country_events
GROUP BY event_date, country, role;
