package io.etcdj.cli.internal;

import java.util.ArrayList;
import java.util.List;

/** Renders the help text of the program and of each command. */
final class HelpText {
    private HelpText() {
    }

    static String root(String program, List<Command> commands) {
        StringBuilder sb = new StringBuilder();
        sb.append("NAME:\n\t").append(program)
                .append(" - an etcdctl v3 compatible command line for etcd, built on the etcdj library\n\n");
        sb.append("USAGE:\n\t").append(program).append(" [global options] <command> [options] [arguments...]\n\n");
        sb.append("COMMANDS:\n");
        int width = 0;
        for (Command c : commands) {
            width = Math.max(width, c.name().length());
        }
        for (Command c : commands) {
            sb.append('\t').append(pad(c.name(), width + 2)).append(c.summary()).append('\n');
        }
        sb.append('\n').append("GLOBAL OPTIONS:\n");
        List<FlagSpec> globals = new ArrayList<>(GlobalFlags.ALL);
        globals.add(GlobalFlags.HELP_FLAG);
        appendFlags(sb, globals);
        sb.append("\nRun '").append(program).append(" <command> --help' for a command's options.\n");
        return sb.toString();
    }

    static String command(String program, Command c) {
        StringBuilder sb = new StringBuilder();
        sb.append("NAME:\n\t").append(c.name()).append(" - ").append(c.summary()).append("\n\n");
        sb.append("USAGE:\n\t").append(program).append(' ').append(c.usage()).append("\n\n");
        if (!c.description().isEmpty()) {
            sb.append("DESCRIPTION:\n");
            for (String line : c.description().split("\n", -1)) {
                sb.append('\t').append(line).append('\n');
            }
            sb.append('\n');
        }
        List<FlagSpec> own = new ArrayList<>(c.flags());
        own.add(GlobalFlags.HELP_FLAG);
        sb.append("OPTIONS:\n");
        appendFlags(sb, own);
        sb.append("\nGLOBAL OPTIONS:\n");
        appendFlags(sb, GlobalFlags.ALL);
        return sb.toString();
    }

    private static void appendFlags(StringBuilder sb, List<FlagSpec> flags) {
        List<String> left = new ArrayList<>();
        int width = 0;
        for (FlagSpec f : flags) {
            String l = (f.hasShorthand() ? "  -" + f.shorthand() + ", " : "      ") + "--" + f.name() + defaultText(f);
            left.add(l);
            width = Math.max(width, l.length());
        }
        for (int i = 0; i < flags.size(); i++) {
            sb.append(pad(left.get(i), width + 2)).append(flags.get(i).usage()).append('\n');
        }
    }

    private static String defaultText(FlagSpec f) {
        switch (f.kind()) {
            case BOOL:
                return "[=" + f.defaultValue() + "]";
            case STRING:
                return "=\"" + f.defaultValue() + "\"";
            case STRING_SLICE:
                return "=[" + f.defaultValue() + "]";
            default:
                return "=" + f.defaultValue();
        }
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
