package org.packbench.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a marketplace's API answers: an absolute http or https URL with nothing after the host but
 * an optional path prefix. Neither a query nor user information is taken, so no secret can ride in
 * a URL that ends up in a log.
 */
final class BaseUrl {
    private final String prefix;

    private BaseUrl(String prefix) {
        this.prefix = prefix;
    }

    static BaseUrl of(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("an API's base URL is http or https: " + uri.getScheme());
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("an API's base URL names a host and nothing else before it");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("an API's base URL has no query and no fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new BaseUrl(scheme + "://" + uri.getHost() + port + path);
    }

    /** The endpoint at {@code path} (starting with "/"). */
    URI resolve(String path) {
        return URI.create(prefix + path);
    }

    @Override
    public String toString() {
        return prefix;
    }
}
