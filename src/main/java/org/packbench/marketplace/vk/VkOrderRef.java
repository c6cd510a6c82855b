package org.packbench.marketplace.vk;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A VK Market order as VK's API names it: the buyer's user id and the order's id. The seller's
 * order list shows it as VK does, {@code USER_ID-ORDER_ID} (VK's {@code display_order_id}), which
 * is the order number PackBench keeps.
 */
public record VkOrderRef(long userId, long orderId) {
    private static final Pattern DISPLAY = Pattern.compile("(\\d{1,18})-(\\d{1,18})");

    public VkOrderRef {
        if (userId <= 0 || orderId <= 0) {
            throw new IllegalArgumentException("VK ids are positive: " + userId + "-" + orderId);
        }
    }

    /** The order number as the seller's list shows it; empty when it is not VK's form. */
    public static Optional<VkOrderRef> parse(String orderNumber) {
        Matcher m = DISPLAY.matcher(orderNumber.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long user = Long.parseLong(m.group(1));
        long order = Long.parseLong(m.group(2));
        return user > 0 && order > 0 ? Optional.of(new VkOrderRef(user, order)) : Optional.empty();
    }

    @Override
    public String toString() {
        return userId + "-" + orderId;
    }
}
