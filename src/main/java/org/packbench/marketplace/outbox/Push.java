package org.packbench.marketplace.outbox;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.packbench.i18n.Message;

/**
 * One row of the outbox.
 *
 * @param attempts calls made so far; after the first, the marketplace is asked whether it already
 *     has the effect before the call is made again
 * @param problem why the last attempt did not deliver it, if one did not
 * @param ack what the marketplace answered when it accepted it
 */
public record Push(
        long id,
        String account,
        PushKind kind,
        String subject,
        OptionalLong labelId,
        String payload,
        PushState state,
        int attempts,
        Instant nextAt,
        Optional<Message> problem,
        Instant createdAt,
        Optional<Instant> deliveredAt,
        String ack) {}
