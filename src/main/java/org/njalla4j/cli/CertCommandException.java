package org.njalla4j.cli;

import org.njalla4j.acme.IssueException;
import org.njalla4j.dns01.PropagationTimeoutException;
import picocli.CommandLine.IExitCodeGenerator;

/** A failed {@code cert} command, with its exit code from {@link ExitCodes}. */
final class CertCommandException extends Exception implements IExitCodeGenerator {

    private final int exitCode;

    CertCommandException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Wraps an issuer failure, choosing the exit code from its reason. */
    static CertCommandException of(IssueException e) {
        return new CertCommandException(e.getMessage(), exitCode(e), e);
    }

    static int exitCode(IssueException e) {
        return switch (e.reason()) {
            case SETUP, STORAGE -> ExitCodes.USAGE;
            case NETWORK -> ExitCodes.NETWORK;
            case DNS -> e.getCause() instanceof PropagationTimeoutException
                    ? ExitCodes.NETWORK : ExitCodes.API_ERROR;
            default -> ExitCodes.API_ERROR;
        };
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
