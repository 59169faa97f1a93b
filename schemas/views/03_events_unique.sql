-- The one-a-day filter: the same event_date, source_actor, target_actor and cameo_code count once.
CREATE OR REPLACE VIEW events_unique AS
SELECT * FROM events
QUALIFY row_number() OVER (
    PARTITION BY event_date, source_actor, target_actor, cameo_code
    ORDER BY doc_id, sentence_index, event_id
) = 1;
