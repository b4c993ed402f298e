-- The visitor's occupation and address for the microdata usage agreement (its PIHAK KEDUA), asked once in the
-- visitor's terms step of a sale with microdata; empty for other sales. Personal data: never logged, never kept
-- in the engine's variables or history.
alter table pst_sale_request add column visitor_occupation varchar(200);
alter table pst_sale_request add column visitor_address varchar(500);
