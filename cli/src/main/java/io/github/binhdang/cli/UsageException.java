package io.github.binhdang.cli;

import java.io.Serial;

/**
 * A usage or input/output error told in one line that names the file or option and what is wrong,
 * already in the user's language; the tool exits with {@link Main#USAGE}.
 */
final class UsageException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
