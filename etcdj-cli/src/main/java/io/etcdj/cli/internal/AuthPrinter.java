package io.etcdj.cli.internal;

import com.google.protobuf.ByteString;
import com.google.protobuf.MessageLite;
import io.etcdj.ResponseHeader;
import io.etcdj.auth.AuthStatusResponse;
import io.etcdj.auth.NameListResponse;
import io.etcdj.auth.Permission;
import io.etcdj.auth.RoleResponse;
import io.etcdj.auth.UserResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the results of etcdctl's {@code user} and {@code role} commands (and etcdj's
 * {@code auth status}) in etcdctl 3.4's output formats. {@code simple} and {@code json} exist for
 * every one; {@code fields} for all but {@code user get} and {@code user list}; {@code protobuf}
 * (etcd's response message re-encoded, as {@link ProtobufPrinter} explains) for all; {@code table}
 * for none. Where etcdctl has no format it says so after the request was made, with exit 4, and
 * so does this printer. Keys and range ends of permissions are written as their raw bytes in the
 * simple format, as etcdctl writes them.
 */
public final class AuthPrinter {
    private final String format;
    private final Out out;

    /**
     * Makes a printer.
     *
     * @param format the {@code --write-out} value
     * @param out standard output
     */
    public AuthPrinter(String format, Out out) {
        this.format = format;
        this.out = out;
    }

    /**
     * Prints a change that answers with only a response header: a line in the simple format, the
     * header in {@code json} and {@code fields}.
     *
     * @param header the response header
     * @param simpleLine the simple format's line, without its newline
     * @throws CliExit exit 4 for {@code table}
     */
    public void changed(ResponseHeader header, String simpleLine) {
        changed(header, simpleLine.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * As {@link #changed(ResponseHeader, String)}, with the simple format's line given as bytes.
     *
     * @param header the response header
     * @param simpleLine the simple format's line, without its newline
     * @throws CliExit exit 4 for {@code table}
     */
    public void changed(ResponseHeader header, byte[] simpleLine) {
        switch (format) {
            case "simple" -> out.println(simpleLine);
            case "json" -> out.println(new GoJson().object("header", JsonPrinter.header(header)).toString());
            case "fields" -> FieldsHeader.print(out, header);
            // every header-only answer of the auth service encodes as this one does
            case "protobuf" -> write(io.etcdj.grpc.AuthUserAddResponse.newBuilder().setHeader(header(header)).build());
            default -> throw unsupported();
        }
    }

    /**
     * Prints {@code user get} (without {@code --detail}).
     *
     * @param name the user name as given
     * @param r the user
     * @throws CliExit exit 4 for {@code fields} and {@code table}
     */
    public void user(String name, UserResponse r) {
        switch (format) {
            case "simple" -> {
                StringBuilder line = new StringBuilder("Roles:");
                r.roles().forEach(role -> line.append(' ').append(role));
                out.println("User: " + name);
                out.println(line.toString());
            }
            case "json" -> out.println(new GoJson().object("header", JsonPrinter.header(r.header()))
                    .strings("roles", r.roles()).toString());
            case "protobuf" -> write(io.etcdj.grpc.AuthUserGetResponse.newBuilder().setHeader(header(r.header()))
                    .addAllRoles(r.roles()).build());
            default -> throw unsupported();
        }
    }

    /**
     * Prints {@code user list}: a name per line, or the JSON response.
     *
     * @param r the user names
     * @throws CliExit exit 4 for {@code fields} and {@code table}
     */
    public void users(NameListResponse r) {
        switch (format) {
            case "simple" -> r.names().forEach(out::println);
            case "json" -> out.println(new GoJson().object("header", JsonPrinter.header(r.header()))
                    .strings("users", r.names()).toString());
            case "protobuf" -> write(io.etcdj.grpc.AuthUserListResponse.newBuilder().setHeader(header(r.header()))
                    .addAllUsers(r.names()).build());
            default -> throw unsupported();
        }
    }

    /**
     * Prints {@code role list}: a name per line, the JSON response, or the header and the names
     * Go-quoted on one line.
     *
     * @param r the role names
     * @throws CliExit exit 4 for {@code table}
     */
    public void roles(NameListResponse r) {
        switch (format) {
            case "simple" -> r.names().forEach(out::println);
            case "json" -> out.println(new GoJson().object("header", JsonPrinter.header(r.header()))
                    .strings("roles", r.names()).toString());
            case "fields" -> {
                FieldsHeader.print(out, r.header());
                StringBuilder line = new StringBuilder("\"Roles\" :");
                r.names().forEach(role -> line.append(' ').append(GoText.quote(role)));
                out.println(line.toString());
            }
            case "protobuf" -> write(io.etcdj.grpc.AuthRoleListResponse.newBuilder().setHeader(header(r.header()))
                    .addAllRoles(r.names()).build());
            default -> throw unsupported();
        }
    }

    /**
     * Prints {@code role get}: in the simple format the role's read and then its write
     * permissions, a key alone, a range as {@code [key, end)}, a from-key range as
     * {@code [key, <open ended>}, a prefix range followed by {@code (prefix key)}.
     *
     * @param name the role name as given
     * @param r the role
     * @throws CliExit exit 4 for {@code table}
     */
    public void role(String name, RoleResponse r) {
        switch (format) {
            case "simple" -> {
                out.println("Role " + name);
                out.println("KV Read:");
                for (Permission p : r.permissions()) {
                    if (p.type() != Permission.Type.WRITE) {
                        out.println(permissionLine(p));
                    }
                }
                out.println("KV Write:");
                for (Permission p : r.permissions()) {
                    if (p.type() != Permission.Type.READ) {
                        out.println(permissionLine(p));
                    }
                }
            }
            case "json" -> {
                List<GoJson> perms = new ArrayList<>();
                for (Permission p : r.permissions()) {
                    perms.add(new GoJson().int64("permType", p.type().ordinal()).bytes("key", p.key())
                            .bytes("range_end", p.rangeEnd()));
                }
                out.println(new GoJson().object("header", JsonPrinter.header(r.header())).array("perm", perms).toString());
            }
            case "fields" -> {
                FieldsHeader.print(out, r.header());
                for (Permission p : r.permissions()) {
                    out.println("\"PermType\" :  " + p.type().name());
                    out.println("\"Key\" : " + GoText.quote(p.key()));
                    out.println("\"RangeEnd\" : " + GoText.quote(p.rangeEnd()));
                }
            }
            case "protobuf" -> {
                io.etcdj.grpc.AuthRoleGetResponse.Builder b = io.etcdj.grpc.AuthRoleGetResponse.newBuilder()
                        .setHeader(header(r.header()));
                for (Permission p : r.permissions()) {
                    b.addPerm(io.etcdj.grpc.Permission.newBuilder().setPermTypeValue(p.type().ordinal())
                            .setKey(ByteString.copyFrom(p.key())).setRangeEnd(ByteString.copyFrom(p.rangeEnd())));
                }
                write(b.build());
            }
            default -> throw unsupported();
        }
    }

    /**
     * Prints etcdj's {@code auth status}, as etcdctl 3.5 prints it.
     *
     * @param r the status
     * @throws CliExit exit 4 for {@code fields} and {@code table}, which etcdctl 3.5 lacks for it
     */
    public void status(AuthStatusResponse r) {
        switch (format) {
            case "simple" -> {
                out.println("Authentication Status: " + r.enabled());
                out.println("AuthRevision: " + r.authRevision());
            }
            case "json" -> out.println(new GoJson().object("header", JsonPrinter.header(r.header()))
                    .bool("enabled", r.enabled()).int64("authRevision", r.authRevision()).toString());
            default -> throw unsupported();
        }
    }

    /** etcd's message bytes, as etcdctl's {@code -w protobuf} writes them: no delimiter, no line end. */
    private void write(MessageLite m) {
        out.write(m.toByteArray());
    }

    private static io.etcdj.grpc.ResponseHeader header(ResponseHeader h) {
        return io.etcdj.grpc.ResponseHeader.newBuilder().setClusterId(h.clusterId()).setMemberId(h.memberId())
                .setRevision(h.revision()).setRaftTerm(h.raftTerm()).build();
    }

    private static byte[] permissionLine(Permission p) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.write('\t');
        byte[] key = p.key();
        byte[] end = p.rangeEnd();
        if (end.length == 0) {
            line.writeBytes(key);
            return line.toByteArray();
        }
        line.writeBytes(rangeText(key, end));
        if (Arrays.equals(prefixEnd(key), end)) {
            line.writeBytes(" (prefix ".getBytes(StandardCharsets.US_ASCII));
            line.writeBytes(key);
            line.write(')');
        }
        return line.toByteArray();
    }

    /**
     * @param key a range's first key
     * @param end its end: {@code "\0"} for every key from {@code key} on
     * @return {@code [key, end)}, or {@code [key, <open ended>} for a from-key range, as raw bytes
     */
    public static byte[] rangeText(byte[] key, byte[] end) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.write('[');
        text.writeBytes(key);
        text.writeBytes(", ".getBytes(StandardCharsets.US_ASCII));
        if (end.length == 1 && end[0] == 0) {
            text.writeBytes("<open ended>".getBytes(StandardCharsets.US_ASCII));
        } else {
            text.writeBytes(end);
            text.write(')');
        }
        return text.toByteArray();
    }

    /**
     * @param key a prefix
     * @return the end of the prefix's range: the prefix with its last byte below 0xff incremented
     *     and what follows dropped, or {@code "\0"} (every key from the prefix on) when every byte is 0xff
     */
    public static byte[] prefixEnd(byte[] key) {
        for (int i = key.length - 1; i >= 0; i--) {
            if ((key[i] & 0xff) != 0xff) {
                byte[] end = Arrays.copyOf(key, i + 1);
                end[i]++;
                return end;
            }
        }
        return new byte[] {0};
    }

    private CliExit unsupported() {
        return new CliExit(ExitCodes.BAD_FEATURE, format + " not supported as output format");
    }
}
