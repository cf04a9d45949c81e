package com.pathway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.pathway.bench.ProcessorTime.ThreadKind;

/** The groups of the application's threads that the processor time per request is split into. */
class ProcessorTimeTest {

    @Test
    void groupsThreadsByTheNamesTheKernelKeeps() {
        assertThat(ThreadKind.of("http-nio-8177-e")).isEqualTo(ThreadKind.REQUESTS);
        assertThat(ThreadKind.of("GC Thread#1")).isEqualTo(ThreadKind.GARBAGE_COLLECTOR);
        assertThat(ThreadKind.of("G1 Conc#0")).isEqualTo(ThreadKind.GARBAGE_COLLECTOR);
        assertThat(ThreadKind.of("C2 CompilerThre")).isEqualTo(ThreadKind.COMPILERS);
        assertThat(ThreadKind.of("C1 CompilerThre")).isEqualTo(ThreadKind.COMPILERS);
        assertThat(ThreadKind.of("audit-sealer")).isEqualTo(ThreadKind.OTHER);
        assertThat(ThreadKind.of("HikariPool-1:ho")).isEqualTo(ThreadKind.OTHER);
    }

    @Test
    void thisJvmsCompilerThreadsAreNamedAsTheGroupsExpect() throws Exception {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            List<String> names = tasks.map(task -> {
                try {
                    return AppUnderTest.name(Files.readString(task.resolve("stat")));
                } catch (Exception ended) {
                    return "";
                }
            }).toList();
            assertThat(names).anyMatch(name -> ThreadKind.of(name) == ThreadKind.COMPILERS);
        }
    }
}
