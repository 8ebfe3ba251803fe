-- A stand-in for a future migration, to test the backup taken before migrating.
CREATE TABLE test_future_feature (id INT PRIMARY KEY);
