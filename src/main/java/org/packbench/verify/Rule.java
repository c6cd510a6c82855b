package org.packbench.verify;

import java.util.List;

/** One pre-print rule. Each has a name (shown in the log) and returns what it finds wrong. */
public interface Rule {
    String name();

    List<Finding> check(LabelContext label);
}
