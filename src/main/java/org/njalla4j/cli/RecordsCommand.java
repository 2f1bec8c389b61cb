package org.njalla4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.njalla4j.client.MalformedResponseException;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code njalla records}: a domain's DNS records as a BIND zone file. */
@Command(name = "records", mixinStandardHelpOptions = true,
        versionProvider = NjallaCommand.Version.class,
        description = "Export or import a domain's DNS records as a BIND zone file.",
        subcommands = {RecordsCommand.Export.class, RecordsCommand.Import.class},
        footer = ExitCodes.FOOTER)
final class RecordsCommand implements Callable<Integer> {

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9_.-]+");

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(CliContext.of(spec).err());
        return ExitCodes.USAGE;
    }

    /**
     * Returns the domain without a trailing dot and in ASCII form, so that
     * {@code bücher.example} becomes {@code xn--bcher-kva.example}.
     *
     * @throws IllegalArgumentException naming the domain when it is not a valid name
     */
    static String checkDomain(String domain) {
        String name = domain.strip();
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        try {
            name = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            name = "";
        }
        if (name.isEmpty() || !DOMAIN.matcher(name).matches() || name.startsWith(".")) {
            throw new IllegalArgumentException("invalid domain '" + domain + "'; give a domain"
                    + " of the account such as example.com");
        }
        return name;
    }

    /** {@code njalla records export DOMAIN}: list-records written as a zone file. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            versionProvider = NjallaCommand.Version.class, sortOptions = false,
            description = {"Print a domain's records as a BIND zone file.",
                "Njalla-only types (Dynamic, Redirect, Static, ANAME) become comments, so"
                        + " the file stays valid for import-zone."},
            footer = ExitCodes.FOOTER)
    static final class Export implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DOMAIN", description = "The zone, such as"
                + " example.com.")
        private String domain;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write the zone to FILE, replacing it atomically, instead of"
                        + " standard output.")
        private Path output;

        @Mixin
        private ApiOptions api;

        @Override
        public Integer call() throws Exception {
            String zone = checkDomain(domain);
            JsonNode result = api.client().call("list-records", Map.of("domain", zone));
            String text = new ZoneExport(zone, records(result)).render();
            if (output == null) {
                CliContext.of(spec).out().print(text);
            } else {
                AtomicFiles.write(output, text);
            }
            return ExitCodes.OK;
        }

        private static List<JsonNode> records(JsonNode result) {
            JsonNode list = result.isArray() ? result : result.path("records");
            if (!list.isArray()) {
                throw new MalformedResponseException("list-records returned no records list");
            }
            List<JsonNode> records = new ArrayList<>();
            list.forEach(records::add);
            return records;
        }
    }

    /** {@code njalla records import DOMAIN FILE}: import-zone after a local syntax check. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            versionProvider = NjallaCommand.Version.class, sortOptions = false,
            description = {"Check a BIND zone file and send it to import-zone.",
                "The file is parsed first; a syntax error stops the import before anything"
                        + " is sent."},
            footer = ExitCodes.FOOTER)
    static final class Import implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DOMAIN", description = "The zone, such as"
                + " example.com.")
        private String domain;

        @Parameters(index = "1", paramLabel = "FILE",
                description = "Zone file to import, or - for standard input.")
        private String file;

        @Mixin
        private OutputOptions output;

        @Mixin
        private ApiOptions api;

        @Override
        public Integer call() throws Exception {
            CliContext context = CliContext.of(spec);
            String zone = checkDomain(domain);
            String text = read(context);
            check(zone, text);

            JsonNode result = api.client().call("import-zone", Map.of("domain", zone,
                    "zone", text));
            new ResultPrinter(context).print("import-zone", result, output.json());
            return ExitCodes.OK;
        }

        private String read(CliContext context) throws IOException {
            if (file.equals("-")) {
                return BoundedInput.read(context.in(), "zone on standard input");
            }
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("zone file " + path + " not found; give"
                        + " an existing file, or - for standard input");
            }
            return BoundedInput.read(path, "zone file " + path);
        }

        /** Parses the zone with dnsjava, so a syntax error stops before anything is sent. */
        private void check(String zone, String text) throws IOException {
            if (Pattern.compile("(?mi)^\\s*\\$INCLUDE").matcher(text).find()) {
                throw new IllegalArgumentException("zone file " + file + " uses $INCLUDE;"
                        + " put the included records into the file itself");
            }
            Name origin = Name.fromString(zone + ".");
            int count = 0;
            try (Master master = new Master(new ByteArrayInputStream(
                    text.getBytes(StandardCharsets.UTF_8)), origin, ZoneExport.DEFAULT_TTL)) {
                for (Record record = master.nextRecord(); record != null;
                        record = master.nextRecord()) {
                    checkInZone(record, origin);
                    count++;
                }
            } catch (TextParseException e) {
                throw new IllegalArgumentException("zone file " + file + ": "
                        + ErrorReporter.oneLine(e.getMessage()) + "; fix the zone file");
            }
            if (count == 0) {
                throw new IllegalArgumentException("zone file " + file + " has no records;"
                        + " give a zone file with at least one record");
            }
        }

        private void checkInZone(Record record, Name origin) {
            if (!record.getName().subdomain(origin)) {
                throw new IllegalArgumentException("zone file " + file + ": record "
                        + record.getName() + " is outside " + origin + "; remove it or"
                        + " import it into its own domain");
            }
        }
    }
}
