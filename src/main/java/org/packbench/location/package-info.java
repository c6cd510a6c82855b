/**
 * Where a bench's records are: an SQLite file or a PostgreSQL server. A value every layer may name
 * (the CLI parses it, the app opens it, the store connects to it) without reaching the store.
 */
package org.packbench.location;
