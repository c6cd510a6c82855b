package org.packbench.marketplace.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The marketplaces whose APIs a bench talks to, with where each lives unless told otherwise. */
public enum MarketplaceKind {
    OZON("https://api-seller.ozon.ru"),
    VK("https://api.vk.com");

    private final String defaultBaseUrl;

    MarketplaceKind(String defaultBaseUrl) {
        this.defaultBaseUrl = defaultBaseUrl;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    public static Optional<MarketplaceKind> parse(String code) {
        return Arrays.stream(values())
                .filter(k -> k.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
