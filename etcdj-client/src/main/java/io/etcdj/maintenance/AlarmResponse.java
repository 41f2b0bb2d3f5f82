package io.etcdj.maintenance;

import io.etcdj.ResponseHeader;
import java.util.List;

/**
 * The alarms a call listed, raised or disarmed ({@code AlarmResponse} of etcd's
 * {@code Maintenance.Alarm} RPC). Immutable.
 */
public final class AlarmResponse {
    private final ResponseHeader header;
    private final List<Alarm> alarms;

    /**
     * Makes a response.
     *
     * @param header the response header; not null
     * @param alarms the alarms; not null (copied)
     */
    public AlarmResponse(ResponseHeader header, List<Alarm> alarms) {
        this.header = header;
        this.alarms = List.copyOf(alarms);
    }

    /**
     * The response header.
     *
     * @return the header; never null
     */
    public ResponseHeader header() {
        return header;
    }

    /**
     * The alarms: for a list, every active alarm; for an activate or disarm, the alarms it
     * changed (empty when there was nothing to change).
     *
     * @return the alarms; never null
     */
    public List<Alarm> alarms() {
        return alarms;
    }

    @Override
    public String toString() {
        return "AlarmResponse{header=" + header + ", alarms=" + alarms + "}";
    }
}
