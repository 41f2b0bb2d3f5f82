package io.etcdj.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the password of {@code user add} and {@code user passwd} as etcdctl 3.4 reads it.
 *
 * <p>Interactively (the default): {@code Password of NAME: } on standard output, echo turned off
 * with {@code stty -echo} while one line is read from standard input byte by byte (a trailing
 * carriage return dropped, "" at end of input), echo back on, a newline; then the same for
 * {@code Type password of NAME again for confirmation: }. An empty first answer is
 * {@code empty password}, two different answers {@code given passwords are different}, both
 * exit 128. With standard input not a terminal, {@code stty} complains on standard error as it
 * does for etcdctl (run in-process with another input stream, {@code stty} runs on
 * {@code /dev/null}, whose complaint is the same).
 *
 * <p>With {@code --interactive=false}: one word, as Go's {@code fmt.Scanf("%s")} reads it: blanks
 * skipped, then everything up to the next white space or the end of input ("" when the input
 * starts with a line end or is empty).
 */
public final class UserPasswordInput {
    private UserPasswordInput() {
    }

    /**
     * Asks for a user's password twice on the terminal.
     *
     * @param user the user name shown in the prompts
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the password
     * @throws CliExit exit 128 for an empty password or two different answers
     */
    public static String askTwice(String user, InputStream in, Out out, Out err) {
        String first = PasswordPrompt.ask("Password of " + user + ": ", in, out, err);
        if (first.isEmpty()) {
            throw new CliExit(ExitCodes.BAD_ARGS, "empty password");
        }
        String second = PasswordPrompt.ask("Type password of " + user + " again for confirmation: ", in, out, err);
        if (!first.equals(second)) {
            throw new CliExit(ExitCodes.BAD_ARGS, "given passwords are different");
        }
        return first;
    }

    /**
     * Reads one white-space delimited word from standard input, byte by byte.
     *
     * @param in standard input
     * @return the word, "" when there is none before a line end or the end of input
     */
    public static String word(InputStream in) {
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        try {
            int b = in.read();
            while (b == ' ' || b == '\t') {
                b = in.read();
            }
            while (b >= 0 && b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != 0x0b && b != 0x0c) {
                word.write(b);
                b = in.read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return word.toString(StandardCharsets.UTF_8);
    }
}
