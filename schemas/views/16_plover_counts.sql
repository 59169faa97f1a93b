-- Events per PLOVER type and mode.
CREATE OR REPLACE VIEW plover_counts AS
SELECT plover_type, plover_mode, count(*) AS events, sum(plover_intensity) AS intensity_sum
FROM events
GROUP BY plover_type, plover_mode;
