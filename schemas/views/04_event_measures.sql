-- One row per event with what the aggregate views sum: the month, and 0/1 indicators for each
-- QuadClass (quad1 .. quad4) and each of the 16 PLOVER types (n_agree .. n_assault).
-- The dyad and country views sum these columns by name (COLUMNS('^n_') and so on).
CREATE OR REPLACE VIEW event_measures AS
SELECT
    event_id,
    event_date,
    CAST(date_trunc('month', event_date) AS DATE) AS month,
    source_country,
    target_country,
    goldstein,
    plover_intensity,
    CAST(quad_class = 1 AS INTEGER)             AS quad1,
    CAST(quad_class = 2 AS INTEGER)             AS quad2,
    CAST(quad_class = 3 AS INTEGER)             AS quad3,
    CAST(quad_class = 4 AS INTEGER)             AS quad4,
    CAST(plover_type = 'AGREE' AS INTEGER)      AS n_agree,
    CAST(plover_type = 'CONSULT' AS INTEGER)    AS n_consult,
    CAST(plover_type = 'SUPPORT' AS INTEGER)    AS n_support,
    CAST(plover_type = 'CONCEDE' AS INTEGER)    AS n_concede,
    CAST(plover_type = 'COOPERATE' AS INTEGER)  AS n_cooperate,
    CAST(plover_type = 'AID' AS INTEGER)        AS n_aid,
    CAST(plover_type = 'RETREAT' AS INTEGER)    AS n_retreat,
    CAST(plover_type = 'REQUEST' AS INTEGER)    AS n_request,
    CAST(plover_type = 'ACCUSE' AS INTEGER)     AS n_accuse,
    CAST(plover_type = 'REJECT' AS INTEGER)     AS n_reject,
    CAST(plover_type = 'THREATEN' AS INTEGER)   AS n_threaten,
    CAST(plover_type = 'PROTEST' AS INTEGER)    AS n_protest,
    CAST(plover_type = 'SANCTION' AS INTEGER)   AS n_sanction,
    CAST(plover_type = 'MOBILIZE' AS INTEGER)   AS n_mobilize,
    CAST(plover_type = 'COERCE' AS INTEGER)     AS n_coerce,
    CAST(plover_type = 'ASSAULT' AS INTEGER)    AS n_assault
FROM events;
