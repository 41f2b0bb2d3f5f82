package io.etcdj.internal;

import io.etcdj.ResponseHeader;
import io.etcdj.grpc.AlarmMember;
import io.etcdj.grpc.AlarmRequest;
import io.etcdj.maintenance.Alarm;
import io.etcdj.maintenance.AlarmResponse;
import io.etcdj.maintenance.AlarmType;
import io.etcdj.maintenance.HashKvResponse;
import io.etcdj.maintenance.HashResponse;
import io.etcdj.maintenance.StatusResponse;
import java.util.ArrayList;
import java.util.List;

/** Converts between the maintenance facet's values and etcd's {@code Maintenance} service messages. */
final class MaintenanceMapper {
    private MaintenanceMapper() {
    }

    static ResponseHeader header(io.etcdj.grpc.ResponseHeader h) {
        return Headers.of(h);
    }

    static StatusResponse status(io.etcdj.grpc.StatusResponse r) {
        return new StatusResponse(header(r.getHeader()), r.getVersion(), r.getDbSize(), r.getDbSizeInUse(),
                r.getLeader(), r.getRaftIndex(), r.getRaftTerm(), r.getRaftAppliedIndex(), r.getErrorsList(),
                r.getIsLearner());
    }

    static HashResponse hash(io.etcdj.grpc.HashResponse r) {
        return new HashResponse(header(r.getHeader()), Integer.toUnsignedLong(r.getHash()));
    }

    static HashKvResponse hashKv(io.etcdj.grpc.HashKVResponse r) {
        return new HashKvResponse(header(r.getHeader()), Integer.toUnsignedLong(r.getHash()), r.getCompactRevision());
    }

    static AlarmRequest alarm(AlarmRequest.AlarmAction action, long memberId, AlarmType type) {
        return AlarmRequest.newBuilder().setAction(action).setMemberID(memberId).setAlarmValue(type.ordinal()).build();
    }

    /**
     * @param type an alarm type from the caller
     * @return the type
     * @throws io.etcdj.exception.InvalidArgumentException when null or NONE
     */
    static AlarmType concrete(AlarmType type) {
        if (Checks.notNull(type, "type") == AlarmType.NONE) {
            throw Checks.invalid("an alarm type is required (NOSPACE or CORRUPT), not NONE");
        }
        return type;
    }

    static List<Alarm> alarms(List<AlarmMember> alarms) {
        List<Alarm> out = new ArrayList<>(alarms.size());
        for (AlarmMember a : alarms) {
            out.add(new Alarm(a.getMemberID(), AlarmType.of(a.getAlarmValue())));
        }
        return out;
    }

    static AlarmResponse alarmResponse(io.etcdj.grpc.AlarmResponse r) {
        return new AlarmResponse(header(r.getHeader()), alarms(r.getAlarmsList()));
    }
}
