package org.packbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.packbench.app.Workbench;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command needs: the bench, the language and the two streams. */
abstract class CommandBase {
    @Spec
    CommandSpec spec;

    PackbenchCommand root() {
        return (PackbenchCommand) spec.root().userObject();
    }

    Workbench workbench() {
        return root().workbench();
    }

    Locale locale() {
        return root().locale();
    }

    /** A refused label: every reason on stderr, exit 1. The label is in the log as refused. */
    int refused(org.packbench.app.LabelRefusedException e) {
        err().println("error: " + e.in(locale()));
        for (org.packbench.verify.Finding f : e.label().blocking()) {
            err().println("  " + f.rule() + ": " + f.message().in(locale()));
        }
        return 1;
    }

    /** Data: what a script reads. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Messages: what a person reads. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
