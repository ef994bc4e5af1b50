package dev.inv.cli;

import dev.inv.service.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: its spec, the global options of the root, the session and the
 * output. Commands stay thin: parse, call one service operation, render. Every command takes
 * -h/--help and -V/--version; the global options come from the root (their scope is INHERIT).
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
abstract class InvSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    InvCommand root() {
        return (InvCommand) spec.root().userObject();
    }

    Session session() {
        return root().session();
    }

    Output output() {
        return root().output();
    }
}
