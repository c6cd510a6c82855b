package org.packbench.marketplace.outbox;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A push to write in the transaction of what causes it.
 *
 * @param subject what it is about: the posting or order number
 * @param dedupe names the effect; a second push with the same name is the same push, not a new one
 * @param labelId the label whose print it waits for, if any
 * @param payload what to send, as JSON the courier of its kind reads
 */
public record NewPush(
        String account, PushKind kind, String subject, String dedupe, OptionalLong labelId, String payload) {
    public NewPush {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dedupe, "dedupe");
        Objects.requireNonNull(labelId, "labelId");
        Objects.requireNonNull(payload, "payload");
    }
}
