package com.pathway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.pathway.bench.ProcessorTime.ThreadGroup;

/** The groups of the application's threads that the processor time per request is split into. */
class ProcessorTimeTest {

    @Test
    void groupsThreadsByTheNamesTheKernelKeeps() {
        assertThat(ThreadGroup.of("http-nio-8177-e")).isEqualTo(ThreadGroup.REQUESTS);
        assertThat(ThreadGroup.of("GC Thread#1")).isEqualTo(ThreadGroup.GARBAGE_COLLECTOR);
        assertThat(ThreadGroup.of("G1 Conc#0")).isEqualTo(ThreadGroup.GARBAGE_COLLECTOR);
        assertThat(ThreadGroup.of("C2 CompilerThre")).isEqualTo(ThreadGroup.COMPILERS);
        assertThat(ThreadGroup.of("C1 CompilerThre")).isEqualTo(ThreadGroup.COMPILERS);
        assertThat(ThreadGroup.of("audit-sealer")).isEqualTo(ThreadGroup.OTHER);
        assertThat(ThreadGroup.of("HikariPool-1:ho")).isEqualTo(ThreadGroup.OTHER);
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
            assertThat(names).anyMatch(name -> ThreadGroup.of(name) == ThreadGroup.COMPILERS);
        }
    }
}
