-- Events per CAMEO root (two digits) with its QuadClass and Goldstein sum and mean.
CREATE OR REPLACE VIEW cameo_root_counts AS
SELECT
    cameo_root,
    min(quad_class)  AS quad_class,
    count(*)         AS events,
    sum(goldstein)   AS goldstein_sum,
    avg(goldstein)   AS goldstein_mean
FROM events
GROUP BY cameo_root;
