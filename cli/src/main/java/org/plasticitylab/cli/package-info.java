/**
 * The {@code plasticity} command line, built on picocli: one class per subcommand ({@code list},
 * {@code show}, {@code run}, {@code compare}, {@code sweep}, {@code explain}, {@code report},
 * {@code gui}, {@code validate}, {@code completion}) under {@link
 * org.plasticitylab.cli.PlasticityCommand}. The commands stay thin: they parse options, call the
 * model and viz libraries, write files atomically and map outcomes to exit codes (0 ok, 1 runtime
 * failure, 2 bad usage or invalid input, 130 interrupted).
 */
package org.plasticitylab.cli;
