package io.etcdj.kv;

import io.etcdj.internal.Bytes;
import io.etcdj.internal.Checks;
import java.nio.charset.Charset;

/**
 * One condition of a transaction ({@code Compare}): a key's value, version, create revision,
 * mod revision or lease compared with a given operand. Immutable.
 *
 * <pre>{@code
 * Cmp.value("config/db").equalTo("postgres://old")
 * Cmp.version("config/db").equalTo(0)                 // the key does not exist
 * Cmp.modRevision("jobs/").prefix().lessThan(1234)     // every key under jobs/
 * }</pre>
 *
 * <p>With a range ({@link Subject#prefix()}, {@link Subject#rangeEnd(String)}) the condition must
 * hold for every key in the range, as etcd evaluates a compare with {@code range_end}.
 */
public final class Cmp {
    /** The attribute of the key that is compared ({@code Compare.CompareTarget}). */
    public enum Target {
        /** The key's version; 0 when the key does not exist. */
        VERSION,
        /** The key's create revision; 0 when the key does not exist. */
        CREATE,
        /** The key's mod revision; 0 when the key does not exist. */
        MOD,
        /** The key's value, compared byte by byte. */
        VALUE,
        /** The id of the key's lease; 0 for none. */
        LEASE
    }

    /** The comparison operator ({@code Compare.CompareResult}). */
    public enum Operator {
        /** {@code =} */
        EQUAL,
        /** {@code >} */
        GREATER,
        /** {@code <} */
        LESS,
        /** {@code !=} */
        NOT_EQUAL
    }

    private final Subject subject;
    private final Operator operator;
    private final long number;
    private final Object value;

    private Cmp(Subject subject, Operator operator, long number, Object value) {
        this.subject = subject;
        this.operator = operator;
        this.number = number;
        this.value = value;
    }

    /** @param key the key whose value is compared; not null @return the subject to compare */
    public static Subject value(String key) {
        return new Subject(Target.VALUE, key);
    }

    /** @param key the key whose value is compared; not null @return the subject to compare */
    public static Subject value(byte[] key) {
        return new Subject(Target.VALUE, key);
    }

    /** @param key the key whose version is compared; not null @return the subject to compare */
    public static Subject version(String key) {
        return new Subject(Target.VERSION, key);
    }

    /** @param key the key whose version is compared; not null @return the subject to compare */
    public static Subject version(byte[] key) {
        return new Subject(Target.VERSION, key);
    }

    /** @param key the key whose create revision is compared; not null @return the subject */
    public static Subject createRevision(String key) {
        return new Subject(Target.CREATE, key);
    }

    /** @param key the key whose create revision is compared; not null @return the subject */
    public static Subject createRevision(byte[] key) {
        return new Subject(Target.CREATE, key);
    }

    /** @param key the key whose mod revision is compared; not null @return the subject */
    public static Subject modRevision(String key) {
        return new Subject(Target.MOD, key);
    }

    /** @param key the key whose mod revision is compared; not null @return the subject */
    public static Subject modRevision(byte[] key) {
        return new Subject(Target.MOD, key);
    }

    /** @param key the key whose lease id is compared; not null @return the subject */
    public static Subject lease(String key) {
        return new Subject(Target.LEASE, key);
    }

    /** @param key the key whose lease id is compared; not null @return the subject */
    public static Subject lease(byte[] key) {
        return new Subject(Target.LEASE, key);
    }

    /** @return the compared attribute */
    public Target target() {
        return subject.target;
    }

    /** @return the operator */
    public Operator operator() {
        return operator;
    }

    /** @param charset the client's charset @return the compared key's bytes */
    public byte[] key(Charset charset) {
        return Bytes.encode(subject.key, charset);
    }

    /** @return the range the compare covers beyond its key */
    public RangeEnd rangeEnd() {
        return subject.rangeEnd;
    }

    /** @return the numeric operand (version, revision or lease id); 0 for a value compare */
    public long number() {
        return number;
    }

    /** @param charset the client's charset @return the value operand, or null for a numeric compare */
    public byte[] value(Charset charset) {
        return value == null ? null : Bytes.encode(value, charset);
    }

    @Override
    public String toString() {
        return "Cmp{" + subject.target + "(" + subject.key + ")" + " " + operator + " "
                + (value != null ? value : number) + "}";
    }

    /**
     * A key (or range) and attribute, waiting for an operator and operand. The operand type must
     * match the target: a String or byte[] for {@link Target#VALUE}, a number for the others.
     */
    public static final class Subject {
        private final Target target;
        private final Object key;
        private RangeEnd rangeEnd = RangeEnd.single();

        private Subject(Target target, Object key) {
            this.target = target;
            this.key = key instanceof byte[] b ? b.clone() : Checks.notNull(key, "key");
        }

        /** @return this subject, covering every key with the key as prefix */
        public Subject prefix() {
            rangeEnd = RangeEnd.prefix();
            return this;
        }

        /** @param end exclusive end of the range {@code [key, end)}; not null @return this */
        public Subject rangeEnd(String end) {
            rangeEnd = RangeEnd.of(Checks.notNull(end, "end"));
            return this;
        }

        /** @param end exclusive end of the range {@code [key, end)}; not null @return this */
        public Subject rangeEnd(byte[] end) {
            rangeEnd = RangeEnd.of(Checks.notNull(end, "end"));
            return this;
        }

        /** @param operand the number @return the condition {@code attribute = operand} */
        public Cmp equalTo(long operand) {
            return number(Operator.EQUAL, operand);
        }

        /** @param operand the number @return the condition {@code attribute != operand} */
        public Cmp notEqualTo(long operand) {
            return number(Operator.NOT_EQUAL, operand);
        }

        /** @param operand the number @return the condition {@code attribute > operand} */
        public Cmp greaterThan(long operand) {
            return number(Operator.GREATER, operand);
        }

        /** @param operand the number @return the condition {@code attribute < operand} */
        public Cmp lessThan(long operand) {
            return number(Operator.LESS, operand);
        }

        /** @param operand the value; not null @return the condition {@code value = operand} */
        public Cmp equalTo(String operand) {
            return value(Operator.EQUAL, operand);
        }

        /** @param operand the value; not null @return the condition {@code value = operand} */
        public Cmp equalTo(byte[] operand) {
            return value(Operator.EQUAL, operand);
        }

        /** @param operand the value; not null @return the condition {@code value != operand} */
        public Cmp notEqualTo(String operand) {
            return value(Operator.NOT_EQUAL, operand);
        }

        /** @param operand the value; not null @return the condition {@code value != operand} */
        public Cmp notEqualTo(byte[] operand) {
            return value(Operator.NOT_EQUAL, operand);
        }

        /** @param operand the value; not null @return the condition {@code value > operand} */
        public Cmp greaterThan(String operand) {
            return value(Operator.GREATER, operand);
        }

        /** @param operand the value; not null @return the condition {@code value > operand} */
        public Cmp greaterThan(byte[] operand) {
            return value(Operator.GREATER, operand);
        }

        /** @param operand the value; not null @return the condition {@code value < operand} */
        public Cmp lessThan(String operand) {
            return value(Operator.LESS, operand);
        }

        /** @param operand the value; not null @return the condition {@code value < operand} */
        public Cmp lessThan(byte[] operand) {
            return value(Operator.LESS, operand);
        }

        /**
         * @param operator the operator; not null
         * @param operand the number
         * @return the condition
         * @throws io.etcdj.exception.InvalidArgumentException for a value compare
         */
        public Cmp number(Operator operator, long operand) {
            if (target == Target.VALUE) {
                throw Checks.invalid("a value compare takes a String or byte[] operand, not a number");
            }
            return new Cmp(this, Checks.notNull(operator, "operator"), operand, null);
        }

        /**
         * @param operator the operator; not null
         * @param operand a String or byte[]; not null
         * @return the condition
         * @throws io.etcdj.exception.InvalidArgumentException for a numeric compare
         */
        public Cmp value(Operator operator, Object operand) {
            if (target != Target.VALUE) {
                throw Checks.invalid("a " + target + " compare takes a number, not a value");
            }
            Checks.notNull(operand, "operand");
            Object copy = operand instanceof byte[] b ? b.clone() : operand;
            return new Cmp(this, Checks.notNull(operator, "operator"), 0, copy);
        }
    }
}
