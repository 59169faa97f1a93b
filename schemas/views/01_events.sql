-- Every coded event row (one per directed dyad). Paths are relative to the output folder.
CREATE OR REPLACE VIEW events AS
SELECT * FROM read_parquet('events/*.parquet', union_by_name = true);
