package org.packbench.print;

import java.io.IOException;

/**
 * Every byte of a job left this computer, but the printer did not show that it took them: it
 * closed or reset the connection, or stopped answering, before it answered the status query sent
 * right after the job. Whether the label printed is unknown, so the job is neither sent nor
 * simply retried: the packer looks at the printer and decides.
 */
public final class UnconfirmedSendException extends IOException {
    public UnconfirmedSendException(String message, Throwable cause) {
        super(message, cause);
    }
}
