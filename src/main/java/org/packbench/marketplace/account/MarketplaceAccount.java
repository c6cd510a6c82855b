package org.packbench.marketplace.account;

import java.time.Instant;

/**
 * A seller's account with a marketplace's API, as anyone may see it: never its secret, only the
 * secret's last characters to tell two keys apart.
 *
 * @param name how the bench names it ({@code ozon}, {@code vk}, or a name given)
 * @param accountId Ozon's Client-Id, VK's group id
 * @param baseUrl where the API is reached (a sandbox or a test server instead of the real one)
 * @param secretHint the last four characters of the key or token
 */
public record MarketplaceAccount(
        String name,
        MarketplaceKind kind,
        String accountId,
        String baseUrl,
        String secretHint,
        Instant addedAt,
        String addedBy) {

    /** The secret as lists show it: stars and its last characters. */
    public String maskedSecret() {
        return "****" + secretHint;
    }
}
