package dev.inv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The factory's list of commands and how it picks the one a command line runs. */
class CliTest {

    @Test
    void everyCommandIsListedUnderItsOwnName() {
        for (Map.Entry<String, Class<?>> e : Cli.COMMANDS.entrySet()) {
            assertThat(e.getValue().getAnnotation(CommandLine.Command.class).name()).isEqualTo(e.getKey());
        }
        assertThat(Cli.COMMANDS).hasSize(15);
    }

    @Test
    void findsTheSubcommandPastGlobalOptionsAndTheirValues() {
        assertThat(Cli.subcommandName(new String[] {"--db", "x.db", "--format", "json", "-q", "sell", "--item", "A"}))
                .isEqualTo("sell");
        assertThat(Cli.subcommandName(new String[] {"--actor", "track", "product", "list"})).isEqualTo("product");
        assertThat(Cli.subcommandName(new String[] {"--help"})).isNull();
    }
}
