package io.etcdj.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Asks for the password of {@code --user name} as etcdctl does: {@code Password: } on standard
 * output, terminal echo turned off with {@code stty -echo} (and on again with {@code stty echo}),
 * one line read from standard input byte by byte (so that what follows the line stays for the
 * command), its trailing carriage return dropped, and a newline on standard output.
 *
 * <p>When standard input is the process's own, {@code stty} works on it, so on a terminal the
 * password is not echoed and otherwise {@code stty} complains on standard error as it does for
 * etcdctl. Run in-process with another input stream, that input is no terminal: {@code stty} runs
 * on {@code /dev/null} and its complaint is passed on to the command's standard error.
 */
final class PasswordPrompt {
    private PasswordPrompt() {
    }

    /**
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the line read (without its end of line), "" at end of input
     */
    static String ask(InputStream in, Out out, Out err) {
        return ask("Password: ", in, out, err);
    }

    /**
     * Asks with another prompt, as etcdctl's {@code user add} and {@code user passwd} do.
     *
     * @param prompt what to print before reading
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the line read (without its end of line), "" at end of input
     */
    static String ask(String prompt, InputStream in, Out out, Out err) {
        out.print(prompt);
        out.flush();
        stty(in, err, "-echo");
        String line;
        try {
            line = readLine(in);
        } finally {
            stty(in, err, "echo");
        }
        out.println("");
        return line;
    }

    private static String readLine(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            while (true) {
                int b = in.read();
                if (b < 0 || b == '\n') {
                    break;
                }
                line.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static void stty(InputStream in, Out err, String mode) {
        boolean ownInput = in == System.in;
        ProcessBuilder pb = new ProcessBuilder("stty", mode);
        pb.redirectInput(ownInput ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            byte[] complaint = p.getErrorStream().readAllBytes();
            p.waitFor();
            if (complaint.length > 0) {
                err.print(new String(complaint, StandardCharsets.UTF_8));
            }
        } catch (IOException noStty) {
            // etcdctl fails when it cannot start stty; without it the password is simply echoed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
