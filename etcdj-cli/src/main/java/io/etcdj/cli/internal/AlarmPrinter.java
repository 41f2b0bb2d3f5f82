package io.etcdj.cli.internal;

import io.etcdj.ResponseHeader;
import io.etcdj.maintenance.Alarm;
import io.etcdj.maintenance.AlarmResponse;
import io.etcdj.maintenance.AlarmType;
import io.etcdj.maintenance.MoveLeaderResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the results of etcdctl's {@code alarm list}, {@code alarm disarm} and
 * {@code move-leader} in its output formats. etcd 3.4 sends alarm and move-leader responses
 * without a header; a header whose fields are all 0 is left out of the JSON as etcdctl leaves out
 * the missing one.
 */
public final class AlarmPrinter {
    private final String format;
    private final Out out;

    /**
     * Makes a printer.
     *
     * @param format the {@code --write-out} value
     * @param out standard output
     */
    public AlarmPrinter(String format, Out out) {
        this.format = format;
        this.out = out;
    }

    private static boolean absent(ResponseHeader h) {
        return h.clusterId() == 0 && h.memberId() == 0 && h.revision() == 0 && h.raftTerm() == 0;
    }

    /**
     * The alarm as Go's protobuf text form prints it (etcdctl's simple format).
     *
     * @param a the alarm
     * @return such as {@code memberID:123 alarm:NOSPACE } (with its trailing space)
     */
    static String text(Alarm a) {
        StringBuilder sb = new StringBuilder();
        if (a.memberId() != 0) {
            sb.append("memberID:").append(Long.toUnsignedString(a.memberId())).append(' ');
        }
        if (a.type() != AlarmType.NONE) {
            sb.append("alarm:").append(a.type().name()).append(' ');
        }
        return sb.toString();
    }

    /**
     * Prints an alarm list or disarm.
     *
     * @param r the alarms
     * @throws CliExit exit 4 for {@code table}, which etcdctl does not have for alarms
     */
    public void alarms(AlarmResponse r) {
        switch (format) {
            case "json" -> {
                List<GoJson> alarms = new ArrayList<>();
                for (Alarm a : r.alarms()) {
                    alarms.add(new GoJson().uint64("memberID", a.memberId()).int64("alarm", a.type().ordinal()));
                }
                out.println(new GoJson().object("header", absent(r.header()) ? null : JsonPrinter.header(r.header()))
                        .array("alarms", alarms).toString());
            }
            case "fields" -> {
                FieldsHeader.print(out, r.header());
                for (Alarm a : r.alarms()) {
                    out.println("\"MemberID\" : " + Long.toUnsignedString(a.memberId()));
                    out.println("\"AlarmType\" : " + a.type().name());
                    out.println("");
                }
            }
            case "simple" -> r.alarms().forEach(a -> out.println(text(a)));
            case "protobuf" -> new ProtobufPrinter(out).alarm(r);
            default -> throw new CliExit(ExitCodes.BAD_FEATURE, format + " not supported as output format");
        }
    }

    /**
     * Prints a move-leader.
     *
     * @param leader the previous leader's id
     * @param target the new leader's id
     * @param r the answer
     * @throws CliExit exit 4 for {@code fields} and {@code table}, which etcdctl does not have for it
     */
    public void moveLeader(long leader, long target, MoveLeaderResponse r) {
        switch (format) {
            case "simple" -> out.println("Leadership transferred from " + Long.toHexString(leader) + " to "
                    + Long.toHexString(target));
            case "json" -> out.println(new GoJson()
                    .object("header", absent(r.header()) ? null : JsonPrinter.header(r.header())).toString());
            default -> throw new CliExit(ExitCodes.BAD_FEATURE, format + " not supported as output format");
        }
    }
}
