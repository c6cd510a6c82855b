package org.packbench.app;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.packbench.catalog.Marketplace;
import org.packbench.marketplace.LabelLogEntry;
import org.packbench.marketplace.LabelRecords;
import org.packbench.marketplace.Parcel;
import org.packbench.marketplace.account.MarketplaceKind;
import org.packbench.marketplace.outbox.NewPush;
import org.packbench.marketplace.outbox.Outbox;
import org.packbench.marketplace.outbox.PushKind;

/**
 * The label record with VK's tracking push attached: a VK label issued for a parcel writes the push
 * of its tracking number in the label's own transaction, so the push exists exactly when the label
 * does, whichever way it was issued (Упаковка, {@code label render}, {@code batch}, {@code serve}).
 * The push waits for the label's print job to go out before it is sent.
 */
final class TrackingPushes implements LabelRecords {
    private final LabelRecords records;
    private final MarketplaceService accounts;
    private final Outbox outbox;
    private final Runnable afterCommitWake;

    TrackingPushes(LabelRecords records, MarketplaceService accounts, Outbox outbox, Runnable afterCommitWake) {
        this.records = records;
        this.accounts = accounts;
        this.outbox = outbox;
        this.afterCommitWake = afterCommitWake;
    }

    @Override
    public <T extends Made> T issue(Draft draft, Function<Issue, T> make) {
        return records.issue(draft, issue -> {
            T made = make.apply(issue);
            if (made.printable()) {
                push(draft, issue.id());
            }
            return made;
        });
    }

    @Override
    public <T extends Made> T complete(Reservation reservation, T made) {
        T kept = records.complete(reservation, made);
        if (kept.printable()) {
            push(reservation.draft(), reservation.issue().id());
        }
        return kept;
    }

    private void push(Draft draft, long labelId) {
        if (!Marketplace.VK.code().equals(draft.marketplace()) || draft.parcel().isEmpty()) {
            return;
        }
        Parcel parcel = draft.parcel().get();
        if (parcel.tracking().isBlank()) {
            return;
        }
        accounts.first(MarketplaceKind.VK).ifPresent(a -> {
            if (outbox.add(new NewPush(
                    a.name(),
                    PushKind.VK_TRACKING,
                    parcel.order(),
                    "vk_tracking:" + parcel.order() + ":" + parcel.tracking(),
                    OptionalLong.of(labelId),
                    org.packbench.connect.PushPayloads.tracking(parcel.order(), parcel.tracking())))) {
                afterCommitWake.run();
            }
        });
    }

    @Override
    public Optional<String> trackingOwner(String tracking, String order) {
        return records.trackingOwner(tracking, order);
    }

    @Override
    public Optional<LiveLabel> liveLabel(String order) {
        return records.liveLabel(order);
    }

    @Override
    public Optional<TemplateUse> templateUsed(long labelId) {
        return records.templateUsed(labelId);
    }

    @Override
    public Optional<Long> batchLabel(String fileSha256, int line) {
        return records.batchLabel(fileSha256, line);
    }

    @Override
    public void rememberBatchLabel(String fileSha256, int line, long labelId) {
        records.rememberBatchLabel(fileSha256, line, labelId);
    }

    @Override
    public Optional<String> trackingOf(String order) {
        return records.trackingOf(order);
    }

    @Override
    public long nextId() {
        return records.nextId();
    }

    @Override
    public Reservation reserve(Draft draft) {
        return records.reserve(draft);
    }

    @Override
    public List<LabelLogEntry> between(java.time.Instant from, java.time.Instant to) {
        return records.between(from, to);
    }
}
