-- All events coded for each month (month = its first day): the denominator of *_month_norm.
CREATE OR REPLACE VIEW month_totals AS
SELECT CAST(date_trunc('month', event_date) AS DATE) AS month, count(*) AS all_events
FROM events
GROUP BY 1;
