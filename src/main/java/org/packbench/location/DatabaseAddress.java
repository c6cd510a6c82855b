package org.packbench.location;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.packbench.i18n.ProblemException;

/**
 * Where a bench keeps its records: an SQLite file of its own (a path), or a PostgreSQL server that
 * the benches of one warehouse share ({@code postgresql://HOST[:PORT]/DB?user=NAME[&sslmode=…]}).
 * The address never carries a password: it is printed in the status bar, in logs and in error
 * messages, so a password in it is refused and read from PGPASSWORD or ~/.pgpass instead.
 */
public sealed interface DatabaseAddress permits DatabaseAddress.SqliteFile, DatabaseAddress.PostgresServer {

    /** The address as a person reads it: the file's path, or the server without any secret. */
    String display();

    /** The address as {@link #parse} reads it back, every parameter included (and still no secret). */
    String text();

    static DatabaseAddress parse(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return PostgresServer.parse(t);
        }
        if (lower.startsWith("jdbc:")) {
            throw new ProblemException("db.address.jdbc", safe(t));
        }
        return new SqliteFile(Path.of(t));
    }

    /** The bench's own SQLite file. */
    record SqliteFile(Path path) implements DatabaseAddress {
        @Override
        public String display() {
            return path.toString();
        }

        @Override
        public String text() {
            return path.toString();
        }
    }

    /**
     * A PostgreSQL database on a server. {@code parameters} are passed to the driver as they are
     * (sslmode, sslrootcert, connectTimeout…), except the password, which is never one of them.
     */
    record PostgresServer(String host, int port, String database, String user, Map<String, String> parameters)
            implements DatabaseAddress {
        public static final int DEFAULT_PORT = 5432;

        public PostgresServer {
            parameters = Map.copyOf(parameters);
        }

        /** A password in the user part ({@code user:secret@}) or as a parameter, found before anything else is read. */
        private static final java.util.regex.Pattern PASSWORD = java.util.regex.Pattern.compile(
                "^[A-Za-z]+://[^/@?#]*:[^/@?#]*@|[?&]password=", java.util.regex.Pattern.CASE_INSENSITIVE);

        static PostgresServer parse(String text) {
            // Refused before the address is parsed: an address malformed for another reason must
            // still not be quoted back with its password.
            if (PASSWORD.matcher(text).find()) {
                int at = text.indexOf('@');
                int slash = text.indexOf('/', text.indexOf("//") + 2);
                String server = at >= 0 && (slash < 0 || at < slash)
                        ? text.substring(at + 1, slash < 0 ? text.length() : slash)
                        : text.substring(text.indexOf("//") + 2, slash < 0 ? text.length() : slash);
                throw new ProblemException("db.address.password", server);
            }
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw new ProblemException("db.address.malformed", DatabaseAddress.safe(text), e.getReason());
            }
            String host = uri.getHost();
            if (host == null || host.isBlank()) {
                throw new ProblemException("db.address.noHost", safe(text));
            }
            // The raw path, decoded once below: a database named "%" is "%25" in the address.
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
            if (path.isBlank() || path.contains("/")) {
                throw new ProblemException("db.address.noDatabase", safe(text));
            }
            Map<String, String> params = new TreeMap<>();
            String query = uri.getRawQuery();
            if (query != null && !query.isBlank()) {
                for (String pair : query.split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                    if (name.equalsIgnoreCase("password")) {
                        throw new ProblemException("db.address.password", host);
                    }
                    params.put(name, value);
                }
            }
            String user = params.remove("user");
            if ((user == null || user.isBlank()) && uri.getRawUserInfo() != null) {
                user = decode(uri.getRawUserInfo());
            }
            if (user == null || user.isBlank()) {
                throw new ProblemException("db.address.noUser", safe(text));
            }
            int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
            return new PostgresServer(host, port, decode(path), user, params);
        }

        /** The driver's URL: host, port and database only; the user and password travel as properties. */
        public String jdbcUrl() {
            return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
        }

        @Override
        public String display() {
            StringBuilder s = new StringBuilder("postgresql://")
                    .append(user)
                    .append('@')
                    .append(host)
                    .append(':')
                    .append(port)
                    .append('/')
                    .append(database);
            String sslmode = parameters.get("sslmode");
            if (sslmode != null) {
                s.append("?sslmode=").append(sslmode);
            }
            return s.toString();
        }

        @Override
        public String text() {
            StringBuilder s = new StringBuilder("postgresql://")
                    .append(host.contains(":") ? "[" + host + "]" : host)
                    .append(':')
                    .append(port)
                    .append('/')
                    .append(encode(database))
                    .append("?user=")
                    .append(encode(user));
            new java.util.TreeMap<>(parameters)
                    .forEach((k, v) ->
                            s.append('&').append(encode(k)).append('=').append(encode(v)));
            return s.toString();
        }

        private static String encode(String s) {
            return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private static String decode(String s) {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }
    }

    /** The address in an error: cut short, without its query or user part, where a secret might have been put. */
    private static String safe(String text) {
        int q = text.indexOf('?');
        String head = q < 0 ? text : text.substring(0, q);
        head = head.replaceFirst("//[^/@]*@", "//");
        return head.length() > 80 ? head.substring(0, 80) + "…" : head;
    }
}
