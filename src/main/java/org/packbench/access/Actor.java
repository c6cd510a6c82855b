package org.packbench.access;

import java.util.Optional;

/**
 * Who is acting: a signed-in account, or someone unnamed (a script run without {@code --user}),
 * known only by the name the log records for them.
 */
public record Actor(String name, Optional<Role> role) {
    public static Actor unnamed(String name) {
        return new Actor(name, Optional.empty());
    }

    public static Actor of(Account account) {
        return new Actor(account.name(), Optional.of(account.role()));
    }

    public boolean holds(Right right) {
        return role.map(r -> r.holds(right)).orElse(!right.supervisorOnly());
    }
}
