package org.packbench.app;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;
import org.packbench.marketplace.LabelRecords;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.orders.Order;
import org.packbench.scan.ScanInput;

/**
 * What a scan at the packing bench may be, and why it is refused: the order and tracking number
 * checks that {@link PackingSession} asks at each scan. The store refuses a reused tracking number
 * again when the label is issued; asking here is what lets the packer hear it at the scan.
 */
final class ParcelChecks {
    // Order and tracking numbers are Latin letters, digits and a few separators on every
    // marketplace; anything else is a misread or a scan into the wrong field. VK takes at most 60.
    private static final Pattern PARCEL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{2,59}");
    private static final int QUOTED = 60;

    private final Function<String, Optional<Sku>> products;
    private final LabelRecords records;
    private final Optional<String> gsStandIn;

    ParcelChecks(Function<String, Optional<Sku>> products, LabelRecords records, Optional<String> gsStandIn) {
        this.products = products;
        this.records = records;
        this.gsStandIn = gsStandIn.filter(s -> !s.isEmpty());
    }

    /** The same repair Отгрузка makes: a GS stand-in restored, a Russian-layout scan mapped back when that reads. */
    String repaired(String raw, Predicate<String> readable) {
        return new ScanInput(gsStandIn, readable).read(raw).strip();
    }

    /** A scan for the order or tracking field, repaired when it reads only that way. */
    String repairedParcelCode(String raw) {
        return repaired(raw, c -> PARCEL_CODE.matcher(c).matches());
    }

    /** Why {@code code} cannot be this parcel's order, if it cannot. */
    Optional<Message> orderRefusal(String code, Optional<Order> booked, Optional<Sku> product) {
        if (!PARCEL_CODE.matcher(code).matches()) {
            return Optional.of(Message.of("parcel.orderFormat", quote(code)));
        }
        if (products.apply(code).isPresent()) {
            return Optional.of(Message.of("parcel.productInOrderField", code));
        }
        Optional<LabelRecords.LiveLabel> live = records.liveLabel(code);
        if (live.isPresent()) {
            return Optional.of(Message.of(
                    "parcel.orderAlreadyPrinted",
                    code,
                    LabelValues.labelId(live.get().id()),
                    live.get().tracking()));
        }
        return booked.flatMap(o -> product.flatMap(p -> marketplaceRefusal(o, p)));
    }

    /** Why {@code code} cannot be the tracking number of {@code order} (empty while no order is known). */
    Optional<Message> trackingRefusal(String code, String order) {
        if (!PARCEL_CODE.matcher(code).matches()) {
            return Optional.of(Message.of("parcel.trackingFormat", quote(code)));
        }
        if (code.equals(order)) {
            return Optional.of(Message.of("parcel.trackingIsOrder", code));
        }
        if (products.apply(code).isPresent()) {
            return Optional.of(Message.of("parcel.productInTrackingField", code));
        }
        if (order.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> owner = records.trackingOwner(code, order);
        if (owner.isPresent()) {
            return Optional.of(Message.of("tracking.reused", code, owner.get()));
        }
        return records.trackingOf(order)
                .filter(registered -> !registered.equals(code))
                .map(registered -> Message.of("order.otherTracking", order, registered));
    }

    /** An imported order of one marketplace and a product sold on another belong to no parcel together. */
    Optional<Message> marketplaceRefusal(Order order, Sku product) {
        if (order.marketplace() == product.marketplace()) {
            return Optional.empty();
        }
        return Optional.of(Message.of(
                "parcel.orderOtherMarketplace",
                order.number(),
                market(order.marketplace()),
                product.sku(),
                market(product.marketplace())));
    }

    /** The marketplace's name in the reader's language ("VK", "Ozon", "другой"). */
    static Message market(Marketplace m) {
        return Message.of("marketplace." + m.code());
    }

    // A scan is quoted back to the packer, but a garbled one can be long: 60 characters say enough.
    static String quote(String code) {
        return code.length() <= QUOTED ? code : code.substring(0, QUOTED - 3) + "…";
    }
}
