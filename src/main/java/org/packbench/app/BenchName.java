package org.packbench.app;

import java.util.Map;

/**
 * A bench's name when none is set: {@code PACKBENCH_BENCH}, else the host name, so that logs merged
 * from several benches, or written by several into one warehouse database, still tell them apart.
 */
public final class BenchName {
    private BenchName() {}

    public static String of(Map<String, String> env) {
        for (String variable : new String[] {"PACKBENCH_BENCH", "HOSTNAME", "COMPUTERNAME"}) {
            String v = env.get(variable);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "bench-1";
    }
}
