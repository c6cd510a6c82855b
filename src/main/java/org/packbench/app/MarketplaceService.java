package org.packbench.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.packbench.access.Guard;
import org.packbench.access.Right;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.account.MarketplaceAccount;
import org.packbench.marketplace.account.MarketplaceAccounts;
import org.packbench.marketplace.account.MarketplaceKind;
import org.packbench.seal.SecretBox;

/**
 * The seller's marketplace accounts: added, listed and removed by a supervisor, their secrets
 * sealed before they reach the database and opened only to make a call. What the GUI, the CLI and
 * {@code serve} all go through.
 */
public final class MarketplaceService {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,17}");
    private static final int SECRET_MAX = 4096;

    private final MarketplaceAccounts accounts;
    private final SecretBox box;
    private final Guard guard;
    private final Clock clock;
    private final Supplier<String> who;

    public MarketplaceService(
            MarketplaceAccounts accounts, SecretBox box, Guard guard, Clock clock, Supplier<String> who) {
        this.accounts = accounts;
        this.box = box;
        this.guard = guard;
        this.clock = clock;
        this.who = who;
    }

    /**
     * Adds the account, or replaces the one of that name.
     *
     * @param accountId Ozon's Client-Id or VK's group id (digits)
     * @param secret the Api-Key or group token; wiped here once sealed
     * @param baseUrl where the API is, when not the marketplace's own (a sandbox, a test server)
     */
    public MarketplaceAccount add(
            String name, MarketplaceKind kind, String accountId, char[] secret, Optional<String> baseUrl) {
        guard.require(Right.MANAGE_MARKETPLACES);
        try {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (!NAME.matcher(n).matches()) {
                throw new ProblemException("marketplace.name.invalid", name);
            }
            String id = accountId.strip();
            if (!DIGITS.matcher(id).matches()) {
                throw new ProblemException(
                        kind == MarketplaceKind.OZON ? "marketplace.clientId.invalid" : "marketplace.groupId.invalid",
                        id);
            }
            char[] s = stripped(secret);
            if (s.length == 0 || s.length > SECRET_MAX || hasSpace(s)) {
                throw new ProblemException("marketplace.secret.invalid", s.length);
            }
            String url = baseUrl.map(String::strip).orElse(kind.defaultBaseUrl());
            checkBaseUrl(url);
            String hint = new String(s, Math.max(0, s.length - 4), Math.min(4, s.length));
            MarketplaceAccount a =
                    new MarketplaceAccount(n, kind, id, trimSlash(url), hint, clock.instant(), who.get());
            accounts.put(a, box.seal(n, s));
            Arrays.fill(s, '\0');
            return a;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    public List<MarketplaceAccount> list() {
        guard.require(Right.MANAGE_MARKETPLACES);
        return accounts.list();
    }

    /** Every account, for the bench's own background work (the order sync), without asking the guard. */
    List<MarketplaceAccount> accountsForWork() {
        return accounts.list();
    }

    /** Removes the account; refused when there is none of that name. */
    public void remove(String name) {
        guard.require(Right.MANAGE_MARKETPLACES);
        if (!accounts.remove(name.strip().toLowerCase(Locale.ROOT))) {
            throw new ProblemException("marketplace.unknown", name);
        }
    }

    /** The account, for the services that call it (no supervisor needed to deliver what a packer caused). */
    Optional<MarketplaceAccount> find(String name) {
        return accounts.find(name);
    }

    /** The first account of that marketplace, the one a packer's pushes go to. */
    Optional<MarketplaceAccount> first(MarketplaceKind kind) {
        return accounts.list().stream().filter(a -> a.kind() == kind).findFirst();
    }

    /** The account's secret, opened for one call; the caller wipes it. */
    char[] secret(MarketplaceAccount a) {
        return box.open(
                a.name(),
                accounts.sealedSecret(a.name())
                        .orElseThrow(() -> new ProblemException("marketplace.unknown", a.name())));
    }

    /**
     * HTTPS to anywhere; plain HTTP only to this computer (a stand-in or a local proxy), where the key
     * does not cross a network.
     */
    private static void checkBaseUrl(String url) {
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            throw new ProblemException("marketplace.baseUrl.invalid", url);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        String host = u.getHost() == null ? "" : u.getHost();
        boolean local = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
        if (host.isEmpty()
                || !(scheme.equals("https") || (scheme.equals("http") && local))
                || u.getRawQuery() != null
                || u.getRawUserInfo() != null) {
            throw new ProblemException("marketplace.baseUrl.invalid", url);
        }
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A key read from a file usually ends with a line break, which is not part of it. */
    private static char[] stripped(char[] s) {
        int from = 0;
        int to = s.length;
        while (from < to && Character.isWhitespace(s[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(s[to - 1])) {
            to--;
        }
        return Arrays.copyOfRange(s, from, to);
    }

    private static boolean hasSpace(char[] s) {
        for (char c : s) {
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }
}
