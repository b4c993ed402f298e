-- A transfer surplus (amount_received - amount) goes to the supervisor's refund decision, started once per payment:
-- surplus_refund_requested_at marks that the decision was opened. A request may now have two refund decisions,
-- one per cause: the whole payment after a cancellation, and the surplus of a transfer; paid_amount is the amount
-- whose refund is decided.
alter table pst_payment add column surplus_refund_requested_at datetime(6);
alter table pst_refund_decision add column cause varchar(32) default 'CANCELLED_AFTER_PAYMENT' not null;
alter table pst_refund_decision drop constraint uk_refund_request;
alter table pst_refund_decision add constraint uk_refund_request_cause unique (request_number, cause);
