-- Each event once for its source country (role 'source') and once for its target country
-- (role 'target', events with a target only); the per-event measures of event_measures.
CREATE OR REPLACE VIEW country_events AS
SELECT 'source' AS role, source_country AS country, * EXCLUDE (source_country, target_country)
FROM event_measures
UNION ALL
SELECT 'target' AS role, target_country AS country, * EXCLUDE (source_country, target_country)
FROM event_measures
WHERE target_country IS NOT NULL;
