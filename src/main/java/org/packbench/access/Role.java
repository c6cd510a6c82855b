package org.packbench.access;

import java.util.Arrays;
import org.packbench.i18n.ProblemException;

/** Who a person is at the bench: a packer prints and scans; a supervisor also changes what others rely on. */
public enum Role {
    PACKER("packer"),
    SUPERVISOR("supervisor");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Role of(String code) {
        return Arrays.stream(values())
                .filter(r -> r.code.equalsIgnoreCase(code.strip()))
                .findFirst()
                .orElseThrow(() -> new ProblemException("access.role", code));
    }

    public boolean holds(Right right) {
        return this == SUPERVISOR || !right.supervisorOnly();
    }
}
