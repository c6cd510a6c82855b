package org.packbench.print;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * One entry of the print queue, without its bytes (a queue list should not read every label).
 *
 * @param labelId       the issued label it prints, empty for a printer's test label
 * @param copies        labels the bytes print; what the printer's counter must move by
 * @param byteCount     size of the bytes kept with the job
 * @param attempts      sends tried so far
 * @param reprintOf     the job this one prints again, with {@code reason}
 * @param counterBefore the printer's label counter when the job was marked sending, -1 when unknown
 * @param sender        the process that marked it sending, to tell a crashed sender from a busy one
 */
public record PrintJob(
        long id,
        Instant createdAt,
        String printer,
        OptionalLong labelId,
        int copies,
        int byteCount,
        JobStatus status,
        int attempts,
        String lastError,
        Instant updatedAt,
        OptionalLong reprintOf,
        String reason,
        long counterBefore,
        String sender) {}
