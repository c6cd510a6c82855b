package org.packbench.marketplace.outbox;

import java.util.Arrays;
import java.util.Optional;

/** What a push tells a marketplace. */
public enum PushKind {
    /**
     * Ozon: a packed posting's Честный ЗНАК codes ({@code exemplar/create-or-get}, {@code
     * exemplar/set}, then {@code exemplar/status} until Ozon has checked them); leads to the ship
     * report, carrying the units' ids. Only for a posting with items that need codes.
     */
    OZON_EXEMPLARS("ozon_exemplars"),
    /** Ozon: the posting is packed ({@code /v4/posting/fbs/ship}); meets the 30-minute label report. */
    OZON_SHIP("ozon_ship"),
    /** Ozon: fetch the posting's package label and queue it on the bench's label printer. */
    OZON_LABEL("ozon_label"),
    /** VK: the order's tracking number ({@code market.editOrder}); meets the 2-hour deadline. */
    VK_TRACKING("vk_tracking");

    private final String code;

    PushKind(String code) {
        this.code = code;
    }

    /** The word kept in the database and shown in JSON. */
    public String code() {
        return code;
    }

    public static Optional<PushKind> parse(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
