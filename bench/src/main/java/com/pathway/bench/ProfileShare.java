package com.pathway.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * How much of a code path's processor time one part of it takes, read from a profiled run's flight recording
 * ({@code BENCH_PROFILE=true} writes {@code target/bench/app/app.jfr}, its stacks 256 frames deep): of the execution
 * samples whose stack holds a frame of {@code scope} (a method, {@code com.pathway.clinic.ui.LeadPage} or
 * {@code LeadPage.<init>}; or a class's every method), how many also hold a frame of {@code part}, less those that
 * hold a frame of an excluded method. A latency measured in runs of two jars spreads more from one run to the next
 * than a cost of a few per cent; a profile attributes the cost within one run. Run without building:
 *
 * <pre>
 * java bench/src/main/java/com/pathway/bench/ProfileShare.java target/bench/app/app.jfr \
 *     com.pathway.clinic.ui.LeadPage com.pathway.audit.internal.AuditChain.append \
 *     --except=org.springframework.jdbc.core.JdbcTemplate.batchUpdate
 * </pre>
 */
public final class ProfileShare {

    /** Samples within the scope, and within the part of it. */
    record Share(long scope, long part) {

        double percent() {
            return scope == 0 ? 0 : 100.0 * part / scope;
        }

        String describe(String scopeName, String partName) {
            return String.format(Locale.ROOT, "%,d samples within %s; %,d of them (%.1f %%) within %s", scope, scopeName,
                    part, percent(), partName);
        }
    }

    private ProfileShare() {
    }

    public static void main(String[] args) throws IOException {
        List<String> plain = new ArrayList<>();
        List<String> except = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--except=")) {
                except.add(arg.substring("--except=".length()));
            } else {
                plain.add(arg);
            }
        }
        if (plain.size() != 3) {
            System.err.println("usage: ProfileShare <recording.jfr> <scope> <part> [--except=<method>]...");
            System.exit(2);
        }
        Share share = of(Path.of(plain.get(0)), plain.get(1), plain.get(2), except);
        System.out.println(share.describe(plain.get(1), plain.get(2) + (except.isEmpty() ? "" : " (not within "
                + String.join(", ", except) + ")")));
    }

    /** The share of {@code part} within {@code scope} over the recording's execution samples. */
    static Share of(Path recording, String scope, String part, List<String> except) throws IOException {
        long inScope = 0;
        long inPart = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (!holds(frames, scope)) {
                    continue;
                }
                inScope++;
                if (holds(frames, part) && except.stream().noneMatch(name -> holds(frames, name))) {
                    inPart++;
                }
            }
        }
        return new Share(inScope, inPart);
    }

    /** Whether a frame is of {@code name}: a method ({@code pkg.Type.method}) or a type's every method. */
    private static boolean holds(List<RecordedFrame> frames, String name) {
        for (RecordedFrame frame : frames) {
            if (frame.getMethod() == null) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            if (type.equals(name) || (type + "." + frame.getMethod().getName()).equals(name)) {
                return true;
            }
        }
        return false;
    }
}
