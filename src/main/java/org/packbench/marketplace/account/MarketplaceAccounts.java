package org.packbench.marketplace.account;

import java.util.List;
import java.util.Optional;

/** The marketplace accounts of the bench (or the warehouse), with their secrets sealed. The store implements it. */
public interface MarketplaceAccounts {
    /** Adds the account or replaces the one of that name; {@code sealedSecret} was sealed by the caller. */
    void put(MarketplaceAccount account, String sealedSecret);

    List<MarketplaceAccount> list();

    Optional<MarketplaceAccount> find(String name);

    /** The sealed secret, for the one service that opens it to make a call. */
    Optional<String> sealedSecret(String name);

    /** Forgets the account; false when there was none. Its undelivered pushes stay, failed, until one of that name returns. */
    boolean remove(String name);
}
