package org.packbench.marketplace.vk;

import java.util.Optional;

/**
 * The part of VK's API a packing bench uses: the tracking number of an order. Implemented over
 * HTTP in {@code connect}; every method throws {@link org.packbench.marketplace.remote.RemoteTrouble}
 * when it gets no usable answer.
 */
public interface VkMarket {
    /** The longest tracking number {@code market.editOrder} takes. */
    int TRACK_NUMBER_MAX = 60;

    /** Sets the order's tracking number ({@code market.editOrder}). */
    void setTracking(VkOrderRef order, String trackNumber);

    /** The tracking number VK has for the order now, if any ({@code market.getOrderById}). */
    Optional<String> tracking(VkOrderRef order);
}
