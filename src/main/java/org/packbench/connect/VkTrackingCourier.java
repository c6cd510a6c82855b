package org.packbench.connect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.packbench.i18n.Message;
import org.packbench.marketplace.outbox.Courier;
import org.packbench.marketplace.outbox.Push;
import org.packbench.marketplace.outbox.PushOutcome;
import org.packbench.marketplace.remote.RemoteTrouble;
import org.packbench.marketplace.vk.VkMarket;
import org.packbench.marketplace.vk.VkOrderRef;

/**
 * Pushes a VK order's tracking number. Before a second call VK is asked what it has: the same
 * number already there counts as delivered, so a call whose answer was lost is not repeated.
 */
public final class VkTrackingCourier implements Courier {
    private final VkMarket vk;

    public VkTrackingCourier(VkMarket vk) {
        this.vk = vk;
    }

    @Override
    public PushOutcome deliver(Push push, boolean resend) {
        JsonNode payload = PushPayloads.read(push);
        String order = payload.path("order").asText();
        String track = payload.path("track_number").asText();
        Optional<VkOrderRef> ref = VkOrderRef.parse(order);
        if (ref.isEmpty()) {
            return new PushOutcome.Refused(Message.of("outbox.vk.orderNumber", order));
        }
        if (track.isEmpty() || track.length() > VkMarket.TRACK_NUMBER_MAX) {
            return new PushOutcome.Refused(
                    Message.of("outbox.vk.trackTooLong", track, track.length(), VkMarket.TRACK_NUMBER_MAX));
        }
        try {
            if (resend && vk.tracking(ref.get()).filter(track::equals).isPresent()) {
                return new PushOutcome.Delivered("already " + track, List.of());
            }
            vk.setTracking(ref.get(), track);
            return new PushOutcome.Delivered("track_number " + track, List.of());
        } catch (RemoteTrouble t) {
            return PushOutcome.of(t);
        }
    }
}
