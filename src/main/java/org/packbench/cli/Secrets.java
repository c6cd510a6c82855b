package org.packbench.cli;

import java.io.Console;
import java.util.function.Function;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * Where PINs come from: an environment variable or the terminal, never the command line, where
 * they would stay in the shell's history and be seen by anyone listing processes.
 */
final class Secrets {
    static final Secrets SYSTEM = new Secrets(System::getenv, true);

    private final Function<String, String> env;
    private final boolean mayAsk;

    Secrets(Function<String, String> env, boolean mayAsk) {
        this.env = env;
        this.mayAsk = mayAsk;
    }

    /** An environment variable that is no secret (where the data folder is, say); null when unset. */
    String variable(String name) {
        return env.apply(name);
    }

    /** The value of {@code variable}, if set and not empty. */
    java.util.Optional<char[]> fromEnvironment(String variable) {
        String v = env.apply(variable);
        return v == null || v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(v.toCharArray());
    }

    /** From {@code variable}, else asked on the terminal; refused when there is neither. */
    char[] pin(String variable, Message prompt) {
        return fromEnvironment(variable)
                .or(() -> ask(prompt))
                .orElseThrow(() -> new ProblemException("access.noConsole", variable));
    }

    /** Asked on the terminal, if there is one. */
    java.util.Optional<char[]> ask(Message prompt) {
        Console console = mayAsk ? System.console() : null;
        if (console == null) {
            return java.util.Optional.empty();
        }
        char[] pin = console.readPassword("%s: ", prompt.in(java.util.Locale.getDefault()));
        return pin == null || pin.length == 0 ? java.util.Optional.empty() : java.util.Optional.of(pin);
    }
}
