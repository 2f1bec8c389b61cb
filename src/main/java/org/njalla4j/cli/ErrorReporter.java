package org.njalla4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.njalla4j.client.ApiMethod;
import org.njalla4j.client.Credentials.CredentialsException;
import org.njalla4j.client.MalformedResponseException;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaTransportException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeGenerator;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns exceptions into one line on standard error and an exit code from
 * {@link ExitCodes}. Stack traces are printed only with {@code --debug} or
 * {@code NJALLA_DEBUG}.
 *
 * <p>Commands of other packages can choose their exit code by throwing an exception
 * that implements {@link IExitCodeGenerator}; its message is printed as the line.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final CliContext context;

    ErrorReporter(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        StringBuilder line = new StringBuilder(name).append(": ").append(oneLine(ex.getMessage()));
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append(" (did you mean ").append(String.join(" or ", suggestions))
                        .append("?)");
            }
        }
        line.append("; run '").append(name).append(" --help' for usage");
        context.err().println(line);
        printTraceIfDebug(command, ex);
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
        int code = exitCode(ex);
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (ex instanceof NjallaTransportException transport) {
            message += transportHint(transport);
        } else if (ex instanceof NjallaApiException apiError) {
            message += recordHint(apiError, command.getParseResult());
        } else if (code == ExitCodes.API_ERROR && ex instanceof MalformedResponseException) {
            message += "; the response is not in the shape the Njalla API documents";
        } else if (isInternal(ex)) {
            message = "internal error: " + ex + "; run with --debug for the stack trace";
        }
        context.err().println(prefix(command, oneLine(message)));
        printTraceIfDebug(command, ex);
        return code;
    }

    /** Returns the exit code for an exception that a command threw. */
    static int exitCode(Exception ex) {
        if (ex instanceof IExitCodeGenerator generator) {
            return generator.getExitCode();
        }
        if (ex instanceof NjallaTransportException) {
            return ExitCodes.NETWORK;
        }
        if (ex instanceof NjallaApiException || ex instanceof MalformedResponseException) {
            return ExitCodes.API_ERROR;
        }
        if (ex instanceof IllegalArgumentException || ex instanceof CredentialsException
                || ex instanceof IOException || ex instanceof UncheckedIOException
                || ex instanceof ParameterException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.API_ERROR;
    }

    /**
     * Tells what to do after a transport failure. Without a response, a method that
     * changes state may or may not have been carried out.
     */
    static String transportHint(NjallaTransportException ex) {
        boolean readOnly = ex.method() != null && ApiMethod.byWireName(ex.method())
                .map(ApiMethod::readOnly).orElse(false);
        String hint = "; check the network and the API URL (--api-url or NJALLA_API_URL)";
        if (ex.isNoResponse() && !readOnly) {
            return hint + "; " + ex.method() + " may or may not have been carried out, so"
                    + " check before retrying";
        }
        return hint + ", then retry";
    }

    /**
     * Names the record and the next step when edit-record or remove-record fails for a
     * record id, because the API's "Invalid arguments" does not tell that the id is
     * usually the cause. Returns "" for other failures.
     */
    static String recordHint(NjallaApiException ex, ParseResult parsed) {
        boolean byId = "edit-record".equals(ex.method()) || "remove-record".equals(ex.method());
        Object id = parsed == null ? null : parsed.matchedOptionValue("--id", null);
        Object domain = parsed == null ? null : parsed.matchedOptionValue("--domain", null);
        if (!byId || ex.code() != NjallaApiException.INVALID_ARGUMENTS || id == null
                || domain == null) {
            return "";
        }
        return " (record id " + id + " in " + domain + "); check that the record exists,"
                + " list the records with: njalla list-records --domain " + domain;
    }

    private static boolean isInternal(Exception ex) {
        return ex instanceof RuntimeException && exitCode(ex) == ExitCodes.API_ERROR
                && !(ex instanceof MalformedResponseException)
                && !(ex instanceof IExitCodeGenerator);
    }

    /**
     * Prefixes the message with the command's name, unless the message already starts
     * with the name, as the client's messages do ("add-record failed: ...").
     */
    private static String prefix(CommandLine command, String message) {
        String name = command.getCommandName();
        String qualified = command.getCommandSpec().qualifiedName();
        if (message.startsWith(name + ":") || message.startsWith(name + " ")) {
            String parent = qualified.substring(0, qualified.length() - name.length()).strip();
            return parent + " " + message;
        }
        return qualified + ": " + message;
    }

    private void printTraceIfDebug(CommandLine command, Exception ex) {
        Object root = command.getCommandSpec().root().userObject();
        boolean debug = root instanceof NjallaCommand njalla ? njalla.debug()
                : context.debugFromEnv();
        if (debug) {
            ex.printStackTrace(context.err());
        }
    }

    /** Joins the lines of a message so that every error is one line. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
