-- A printer belongs to the bench it was added at (issue 16): in a warehouse sharing one database,
-- a bench's queue worker delivers only to its own printers, the ones it can reach; a job for
-- another bench's printer waits for that bench. '' is a printer from before, kept by a lone bench.
ALTER TABLE printer ADD COLUMN bench TEXT NOT NULL DEFAULT '';
