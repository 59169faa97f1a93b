-- Directed country dyads by day: event counts, Goldstein sum and QuadClass counts.
CREATE OR REPLACE VIEW dyad_day AS
SELECT
    event_date,
    source_country,
    target_country,
    count(*)                                  AS events,
    sum(goldstein)                            AS goldstein_sum,
    avg(goldstein)                            AS goldstein_mean,
    count(*) FILTER (WHERE quad_class = 1)    AS quad1,
    count(*) FILTER (WHERE quad_class = 2)    AS quad2,
    count(*) FILTER (WHERE quad_class = 3)    AS quad3,
    count(*) FILTER (WHERE quad_class = 4)    AS quad4,
    sum(plover_intensity)                     AS plover_intensity_sum
FROM events
GROUP BY event_date, source_country, target_country;
