package org.njalla4j.cli;

import picocli.CommandLine.Option;

/** The {@code --json} option of commands that print an API result. */
public final class OutputOptions {

    @Option(names = "--json",
            description = "Print the API result as indented JSON instead of a table.")
    private boolean json;

    /** Whether to print raw JSON. */
    public boolean json() {
        return json;
    }
}
