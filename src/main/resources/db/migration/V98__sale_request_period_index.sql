-- The auditors' request list (/laporan/permintaan) and its CSV read a unit's requests of a period, newest first:
-- an index on (unit_code, created_at) spares the whole table's scan once a unit has years of sales.
create index ix_sale_request_unit_created on pst_sale_request (unit_code, created_at);
