package org.packbench.print;

import java.time.Instant;
import java.util.Optional;

/**
 * The process that marked a job sending. A job found sending whose process has died was
 * interrupted mid-send; one whose process still runs is being sent right now and is left alone.
 * The start time guards against the operating system giving a dead process's id to a new one.
 */
public record SenderId(long pid, long startedMillis) {

    public static SenderId current() {
        ProcessHandle self = ProcessHandle.current();
        return new SenderId(self.pid(), started(self));
    }

    public String token() {
        return pid + "@" + startedMillis;
    }

    /** False for a token of no running process, or of a process that started at another time. */
    public static boolean alive(String token) {
        int at = token == null ? -1 : token.indexOf('@');
        if (at <= 0) {
            return false;
        }
        long pid;
        long started;
        try {
            pid = Long.parseLong(token.substring(0, at));
            started = Long.parseLong(token.substring(at + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        return p.isPresent()
                && p.get().isAlive()
                && (started == 0 || started(p.get()) == 0 || started(p.get()) == started);
    }

    private static long started(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
