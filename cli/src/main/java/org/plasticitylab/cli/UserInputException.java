package org.plasticitylab.cli;

/** Input the user can fix (unknown scenario, bad option value): exit code 2, one line. */
final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
