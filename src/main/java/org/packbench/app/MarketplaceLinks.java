package org.packbench.app;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.packbench.connect.HttpOzonSeller;
import org.packbench.connect.HttpVkMarket;
import org.packbench.connect.OzonExemplarCourier;
import org.packbench.connect.OzonLabelCourier;
import org.packbench.connect.OzonShipCourier;
import org.packbench.connect.VkTrackingCourier;
import org.packbench.marketplace.account.MarketplaceAccount;
import org.packbench.marketplace.account.MarketplaceKind;
import org.packbench.marketplace.outbox.Courier;
import org.packbench.marketplace.outbox.PushKind;
import org.packbench.marketplace.ozon.OzonSeller;
import org.packbench.marketplace.vk.VkMarket;

/**
 * The way from an account's name to a client of its API: the secret opened for the call, the
 * timeouts, and the pace each marketplace allows. The one place a marketplace client is made.
 */
public final class MarketplaceLinks {
    /** Ozon: 50 requests a second per Client-Id. */
    static final Duration OZON_SPACING = Duration.ofMillis(20);
    /** VK: 20 requests a second with a community token. */
    static final Duration VK_SPACING = Duration.ofMillis(50);

    private final MarketplaceService accounts;
    private final HttpClient http;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Clock clock;
    private final OzonLabelCourier.LabelSink labels;
    private final Duration ozonSpacing;
    private final Duration vkSpacing;

    public MarketplaceLinks(
            MarketplaceService accounts,
            Duration connectTimeout,
            Duration readTimeout,
            Clock clock,
            OzonLabelCourier.LabelSink labels) {
        this.accounts = accounts;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.clock = clock;
        this.labels = labels;
        this.ozonSpacing = OZON_SPACING;
        this.vkSpacing = VK_SPACING;
    }

    private MarketplaceLinks(MarketplaceLinks from, Duration spacing) {
        this.accounts = from.accounts;
        this.http = from.http;
        this.connectTimeout = from.connectTimeout;
        this.readTimeout = from.readTimeout;
        this.clock = from.clock;
        this.labels = from.labels;
        this.ozonSpacing = spacing;
        this.vkSpacing = spacing;
    }

    /**
     * The same links at another pace, for a stand-in server that allows more than the marketplace
     * (a soak run of thousands of pushes); never for a real account.
     */
    public MarketplaceLinks atPace(Duration spacing) {
        return new MarketplaceLinks(this, spacing);
    }

    /**
     * How long a worker holds a push it took: longer than any call can last (the connection, an
     * answer's head within the read timeout and its body within twice it, and a label's
     * conversion), so that no second worker takes a push still being sent; a worker killed
     * mid-call leaves it to be taken again after that.
     */
    public Duration lease() {
        return connectTimeout.plus(readTimeout.multipliedBy(2)).plusSeconds(15);
    }

    /** An account's client, and what each push kind is delivered by. */
    public interface Link {
        Duration spacing();

        Courier courier(PushKind kind);
    }

    /** The account's link; empty when the account is gone. */
    public Optional<Link> forAccount(String name) {
        return accounts.find(name).map(this::link);
    }

    /** The first Ozon account's client, for {@code orders sync ozon} without a name. */
    public Optional<MarketplaceAccount> account(String name, MarketplaceKind kind) {
        return name == null ? accounts.first(kind) : accounts.find(name).filter(a -> a.kind() == kind);
    }

    public OzonSeller ozon(MarketplaceAccount a) {
        char[] key = accounts.secret(a);
        try {
            return new HttpOzonSeller(a.baseUrl(), a.accountId(), key, http, readTimeout, clock);
        } finally {
            Arrays.fill(key, '\0');
        }
    }

    public VkMarket vk(MarketplaceAccount a) {
        char[] token = accounts.secret(a);
        try {
            return new HttpVkMarket(a.baseUrl(), token, http, readTimeout, clock);
        } finally {
            Arrays.fill(token, '\0');
        }
    }

    private Link link(MarketplaceAccount a) {
        if (a.kind() == MarketplaceKind.OZON) {
            OzonSeller seller = ozon(a);
            return new Link() {
                @Override
                public Duration spacing() {
                    return ozonSpacing;
                }

                @Override
                public Courier courier(PushKind kind) {
                    return switch (kind) {
                        case OZON_EXEMPLARS -> new OzonExemplarCourier(seller);
                        case OZON_SHIP -> new OzonShipCourier(seller);
                        case OZON_LABEL -> new OzonLabelCourier(seller, labels);
                        case VK_TRACKING -> wrongAccount(a, kind);
                    };
                }
            };
        }
        VkMarket vk = vk(a);
        return new Link() {
            @Override
            public Duration spacing() {
                return vkSpacing;
            }

            @Override
            public Courier courier(PushKind kind) {
                return kind == PushKind.VK_TRACKING ? new VkTrackingCourier(vk) : wrongAccount(a, kind);
            }
        };
    }

    private static Courier wrongAccount(MarketplaceAccount a, PushKind kind) {
        return (push, resend) -> new org.packbench.marketplace.outbox.PushOutcome.Refused(org.packbench.i18n.Message.of(
                "outbox.account.wrongKind", a.name(), a.kind().code(), kind.code()));
    }
}
