-- A write batch's check that one of its parts wrote exactly one row (the guarded ticket UPDATE:
-- lib/db/write-batch.ts), made inside the batch's statement. A transaction's last statement may
-- carry its COMMIT in the same round trip (lib/db/pg-transaction.ts); a check made after that
-- statement's answer would come too late to roll it back. Any other count fails the statement
-- with SQLSTATE TF001 and the part's name as the message, and the transaction rolls back.
CREATE FUNCTION "write_batch_expect_one"(part TEXT, written BIGINT) RETURNS BIGINT LANGUAGE plpgsql AS $$
BEGIN
  IF written <> 1 THEN
    RAISE EXCEPTION USING ERRCODE = 'TF001', MESSAGE = part;
  END IF;
  RETURN written;
END
$$;
