-- Every input file or article: coded, rejected (with its reason) or skipped.
CREATE OR REPLACE VIEW documents AS
SELECT * FROM read_parquet('documents/*.parquet', union_by_name = true);
