package org.packbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.marketplace.account.MarketplaceAccount;
import org.packbench.marketplace.account.MarketplaceAccounts;
import org.packbench.marketplace.account.MarketplaceKind;

/** Marketplace accounts on either engine; the secret column holds only what {@code SecretBox} sealed. */
public final class SqliteMarketplaceAccounts implements MarketplaceAccounts {
    private static final String COLUMNS = "name, kind, account_id, base_url, secret_hint, added_at, added_by";

    private final Database db;

    public SqliteMarketplaceAccounts(Database db) {
        this.db = db;
    }

    @Override
    public void put(MarketplaceAccount a, String sealedSecret) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO marketplace_account (" + COLUMNS
                    + ", secret) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
                    + "account_id = excluded.account_id, base_url = excluded.base_url, "
                    + "secret_hint = excluded.secret_hint, added_at = excluded.added_at, "
                    + "added_by = excluded.added_by, secret = excluded.secret")) {
                p.setString(1, a.name());
                p.setString(2, a.kind().code());
                p.setString(3, a.accountId());
                p.setString(4, a.baseUrl());
                p.setString(5, a.secretHint());
                p.setString(6, UtcMillis.of(a.addedAt()));
                p.setString(7, a.addedBy());
                p.setString(8, sealedSecret);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<MarketplaceAccount> list() {
        return db.read(c -> {
            List<MarketplaceAccount> out = new ArrayList<>();
            try (PreparedStatement p =
                            c.prepareStatement("SELECT " + COLUMNS + " FROM marketplace_account ORDER BY name");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(account(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<MarketplaceAccount> find(String name) {
        return db.read(c -> {
            try (PreparedStatement p =
                    c.prepareStatement("SELECT " + COLUMNS + " FROM marketplace_account WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(account(rs)) : Optional.<MarketplaceAccount>empty();
                }
            }
        });
    }

    @Override
    public Optional<String> sealedSecret(String name) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT secret FROM marketplace_account WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public boolean remove(String name) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM marketplace_account WHERE name = ?")) {
                p.setString(1, name);
                return p.executeUpdate() == 1;
            }
        });
    }

    private static MarketplaceAccount account(ResultSet rs) throws SQLException {
        return new MarketplaceAccount(
                rs.getString(1),
                MarketplaceKind.parse(rs.getString(2)).orElseThrow(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                UtcMillis.parse(rs.getString(6)),
                rs.getString(7));
    }
}
