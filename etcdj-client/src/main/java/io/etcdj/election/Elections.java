package io.etcdj.election;

import io.etcdj.ResponseHeader;
import io.etcdj.KeyValue;
import java.time.Duration;
import java.util.Optional;

/**
 * Elections in the layout of Go's {@code concurrency.Election}, blocking: the same methods as
 * {@link AsyncElections}.
 */
public interface Elections {
    /**
     * Campaigns to lead: waits behind earlier candidates (each watches only its predecessor) until this one leads ({@code Campaign}). A campaign that fails, times out or is cancelled leaves no key behind.
     *
     * @param name the election's name, the prefix of its keys; not null or empty
     * @param session the session whose lease the candidate's key is attached to
     * @param proposal the value to lead with; not null
     * @param timeout how long to wait; null to wait until elected (or until the async form's future is cancelled)
     * @return the leadership
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.EtcdTimeoutException} when not elected in time, {@link io.etcdj.exception.LeaseNotFoundException} when the session was lost, {@link io.etcdj.exception.InvalidArgumentException} for a null or empty name, a null session or proposal
     */
    Leadership campaign(String name, io.etcdj.lock.Session session, String proposal, Duration timeout);

    /**
     * Reads the current leader ({@code Leader}).
     *
     * @param name the election's name, the prefix of its keys; not null or empty
     * @return the leader's key-value, or empty when there is none
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.InvalidArgumentException} for a null or empty name
     */
    Optional<KeyValue> leader(String name);

    /**
     * Observes the election: the listener hears the current leader, then every change of leader or of its value, each once ({@code Observe}).
     *
     * @param name the election's name, the prefix of its keys; not null or empty
     * @param listener hears the leaders; not null
     * @return the observation; close it to stop
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.InvalidArgumentException} for a null or empty name or a null listener
     */
    Observation observe(String name, ElectionListener listener);

    /**
     * Campaigns through etcd's own {@code Election} service ({@code v3electionpb.Campaign}): the
     * server waits until this candidate leads, in the same key layout as {@link #campaign}.
     *
     * @param name the election's name; not null or empty
     * @param leaseId the lease the candidacy is bound to; positive
     * @param value the value to lead with; not null
     * @param timeout how long to wait; null to wait until elected
     * @return the leader key
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.EtcdTimeoutException} when not elected in time, {@link io.etcdj.exception.InvalidArgumentException} for bad input
     */
    ServerLeaderKey serverCampaign(String name, long leaseId, String value, Duration timeout);

    /**
     * Announces a new value through etcd's {@code Election} service ({@code Proclaim}).
     *
     * @param leader the leader key from {@link #serverCampaign}; not null
     * @param value the new value; not null
     * @return the response header
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.PreconditionFailedException} (code {@code ELECTION_NOT_LEADER}) when it no longer leads
     */
    ResponseHeader serverProclaim(ServerLeaderKey leader, String value);

    /**
     * Reads the leader through etcd's {@code Election} service ({@code Leader}).
     *
     * @param name the election's name; not null or empty
     * @return the leader's key-value, or empty when there is none
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.InvalidArgumentException} for bad input
     */
    Optional<KeyValue> serverLeader(String name);

    /**
     * Resigns through etcd's {@code Election} service ({@code Resign}).
     *
     * @param leader the leader key from {@link #serverCampaign}; not null
     * @return the response header
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.InvalidArgumentException} for a null leader key
     */
    ResponseHeader serverResign(ServerLeaderKey leader);
}
