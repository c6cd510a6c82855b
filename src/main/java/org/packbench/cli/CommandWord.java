package org.packbench.cli;

import java.util.Optional;
import java.util.Set;

/**
 * The command a run's arguments name, found before the command line is built: the first argument
 * that is neither an option nor an option's value ({@code --db PATH catalog list} names
 * {@code catalog}). The launcher finds it the same way to pick the JVM's options.
 */
final class CommandWord {
    private CommandWord() {}

    /**
     * @param withValue the options before the command that take the next argument as their value
     * @return the word; the empty word for no command at all (the window); or nothing when the
     *     arguments could mean more than one thing (help, version, an option not known here, "--")
     *     and the whole command line is needed to answer them
     */
    static Optional<String> of(String[] args, Set<String> withValue) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (withValue.contains(arg)) {
                i++;
                continue;
            }
            int equals = arg.indexOf('=');
            if (equals > 0 && withValue.contains(arg.substring(0, equals))) {
                continue;
            }
            if (arg.startsWith("-")) {
                return Optional.empty();
            }
            return arg.isEmpty() ? Optional.empty() : Optional.of(arg);
        }
        return Optional.of("");
    }
}
