package dev.inv.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inv shell}: the REPL on a terminal, script mode when standard input is not one. */
@Command(name = "shell",
        description = {"Run many commands against one open inventory without JVM start-up per command.",
                "On a terminal: an interactive shell with history and Tab completion of commands, options",
                "and live values (SKUs, identifiers, suppliers, invoices); Ctrl-C cancels the line, Ctrl-D or",
                "'exit' leaves. Plain 'inv' with no arguments on a terminal starts it too.",
                "Otherwise script mode: one command per line from standard input (blank lines and # comments",
                "skipped, an optional leading 'inv' ignored); it stops at the first failing line with",
                "'inv: line N: <error>' and that command's exit code. Each line is its own transaction."},
        footerHeading = "%nExamples:%n",
        footer = {"  inv shell",
                "  inv shell < todays-sales.inv",
                "  printf 'sell --item 356938035643809\\nsell --item 490154203237518\\n' | inv shell --atomic",
                "  inv shell --keep-going < corrections.inv"})
final class ShellCommand extends InvSubcommand {

    @Option(names = "--keep-going", description = "Script mode: run every line; exit with the first failure's code.")
    boolean keepGoing;

    @Option(names = "--atomic", description = "Script mode: run the whole script as one transaction, all or nothing.")
    boolean atomic;

    @Override
    public Integer call() throws Exception {
        return new Shell(root(), keepGoing, atomic).run();
    }
}
