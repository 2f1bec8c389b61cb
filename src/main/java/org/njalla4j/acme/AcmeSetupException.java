package org.njalla4j.acme;

import org.shredzone.acme4j.exception.AcmeException;

/**
 * The ACME server rejects the request as configured, before any order is placed: terms of
 * service not accepted, external account binding missing. The message names the option to pass.
 */
public class AcmeSetupException extends AcmeException {

    public AcmeSetupException(String message) {
        super(message);
    }
}
