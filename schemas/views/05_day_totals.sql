-- All events coded for each day: the denominator of the *_day_norm views.
CREATE OR REPLACE VIEW day_totals AS
SELECT event_date, count(*) AS all_events
FROM events
GROUP BY event_date;
