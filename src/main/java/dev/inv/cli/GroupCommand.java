package dev.inv.cli;

/** A command that only groups subcommands ({@code inv product}, {@code inv db}): alone, it shows its help. */
abstract class GroupCommand extends InvSubcommand {

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
