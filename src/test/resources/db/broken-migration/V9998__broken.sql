-- Fails on purpose: refers to a table that does not exist.
ALTER TABLE no_such_table ADD COLUMN x INT;
